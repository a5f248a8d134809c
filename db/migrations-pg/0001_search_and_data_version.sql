-- Search: the PostgreSQL counterpart of SQLite's FTS5 table (db/migrations 0003, 0007). One row per
-- system, process and step, kept current by triggers; words are matched as prefixes through
-- tsvector/tsquery (db/search.ts), inside one team.
CREATE TABLE "search_index" (
  "entity_id" text PRIMARY KEY NOT NULL,
  "team_id" text NOT NULL,
  "entity_type" text NOT NULL,
  "title" text NOT NULL,
  "body" text NOT NULL,
  "title_tsv" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "title")) STORED,
  "doc_tsv" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', "title"), 'A') || setweight(to_tsvector('simple', "body"), 'B')
  ) STORED
);
--> statement-breakpoint
CREATE INDEX "search_index_team_type_idx" ON "search_index" ("team_id", "entity_type");
--> statement-breakpoint
CREATE INDEX "search_index_doc_idx" ON "search_index" USING gin ("doc_tsv");
--> statement-breakpoint
CREATE INDEX "search_index_title_idx" ON "search_index" USING gin ("title_tsv");
--> statement-breakpoint
CREATE FUNCTION search_index_write(kind text, id text, team text, title text, body text)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO search_index (entity_id, team_id, entity_type, title, body)
  VALUES (id, team, kind, title, body)
  ON CONFLICT (entity_id) DO UPDATE
    SET team_id = EXCLUDED.team_id, title = EXCLUDED.title, body = EXCLUDED.body;
$$;
--> statement-breakpoint
CREATE FUNCTION systems_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM search_index WHERE entity_id = OLD.id;
    RETURN OLD;
  END IF;
  PERFORM search_index_write('system', NEW.id, NEW.team_id, NEW.name, NEW.description);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "systems_search" AFTER INSERT OR DELETE OR UPDATE OF "name", "description"
  ON "systems" FOR EACH ROW EXECUTE FUNCTION systems_search();
--> statement-breakpoint
CREATE FUNCTION processes_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM search_index WHERE entity_id = OLD.id;
    RETURN OLD;
  END IF;
  PERFORM search_index_write('process', NEW.id, NEW.team_id, NEW.name, NEW.purpose || ' ' || NEW."trigger");
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "processes_search" AFTER INSERT OR DELETE OR UPDATE OF "name", "purpose", "trigger"
  ON "processes" FOR EACH ROW EXECUTE FUNCTION processes_search();
--> statement-breakpoint
CREATE FUNCTION steps_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM search_index WHERE entity_id = OLD.id;
    RETURN OLD;
  END IF;
  PERFORM search_index_write('step', NEW.id, NEW.team_id, NEW.title, NEW.details);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "steps_search" AFTER INSERT OR DELETE OR UPDATE OF "title", "details"
  ON "steps" FOR EACH ROW EXECUTE FUNCTION steps_search();
--> statement-breakpoint
-- The team data version (see db/migrations 0009 for SQLite): every write the report reads bumps
-- it in the writer's own transaction. Once per statement here, for the teams the statement's rows
-- belong to, so a 40,000-step import bumps its team once rather than 40,000 times.
CREATE FUNCTION bump_data_version_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE teams SET data_version = data_version + 1
  WHERE id IN (SELECT DISTINCT team_id FROM new_rows);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION bump_data_version_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE teams SET data_version = data_version + 1
  WHERE id IN (SELECT DISTINCT team_id FROM old_rows);
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['systems', 'processes', 'steps', 'memberships', 'decisions', 'realized_savings']
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version_new()', t || '_data_version_insert', t);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version_new()', t || '_data_version_update', t);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version_old()', t || '_data_version_delete', t);
  END LOOP;
END $$;
--> statement-breakpoint
CREATE TRIGGER "assignments_data_version_insert" AFTER INSERT ON "assignments"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version_new();
--> statement-breakpoint
CREATE TRIGGER "assignments_data_version_delete" AFTER DELETE ON "assignments"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version_old();
--> statement-breakpoint
-- Only the columns the analysis reads: overdue reminders and notes do not change the report.
CREATE FUNCTION assignments_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = NEW.team_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "assignments_data_version_update"
  AFTER UPDATE OF "step_id", "kind", "assignee_membership_id", "status", "hours_per_week"
  ON "assignments" FOR EACH ROW EXECUTE FUNCTION assignments_data_version();
--> statement-breakpoint
CREATE FUNCTION teams_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.data_version := OLD.data_version + 1;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER "teams_data_version_settings"
  BEFORE UPDATE OF "currency", "default_hourly_cost", "working_days_per_week", "weeks_per_year",
    "horizon_years", "default_automation_effort_hours", "min_hours_per_year"
  ON "teams" FOR EACH ROW EXECUTE FUNCTION teams_data_version();
--> statement-breakpoint
-- Names appear in the report's reasons: a renamed user changes every team they are in.
CREATE FUNCTION users_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE teams SET data_version = data_version + 1
  WHERE id IN (SELECT team_id FROM memberships WHERE user_id = NEW.id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "users_data_version_name" AFTER UPDATE OF "name" ON "users"
  FOR EACH ROW EXECUTE FUNCTION users_data_version();
