-- Search, rebuilt so the team is part of the full-text match: a query reads only its own team's
-- entries instead of every tenant's matches before filtering. Same triggers, same entries.
DROP TRIGGER IF EXISTS `systems_search_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `systems_search_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `systems_search_delete`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `processes_search_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `processes_search_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `processes_search_delete`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `steps_search_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `steps_search_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `steps_search_delete`;
--> statement-breakpoint
DROP TABLE IF EXISTS `search_index`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(
  entity_id,
  team_id,
  entity_type UNINDEXED,
  title,
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO search_index (entity_id, team_id, entity_type, title, body)
  SELECT id, team_id, 'system', name, description FROM systems;
--> statement-breakpoint
INSERT INTO search_index (entity_id, team_id, entity_type, title, body)
  SELECT id, team_id, 'process', name, purpose || ' ' || "trigger" FROM processes;
--> statement-breakpoint
INSERT INTO search_index (entity_id, team_id, entity_type, title, body)
  SELECT id, team_id, 'step', title, details FROM steps;
--> statement-breakpoint
CREATE TRIGGER `systems_search_insert` AFTER INSERT ON `systems` BEGIN
  INSERT INTO search_index (entity_id, team_id, entity_type, title, body)
  VALUES (new.id, new.team_id, 'system', new.name, new.description);
END;
--> statement-breakpoint
CREATE TRIGGER `systems_search_update` AFTER UPDATE OF name, description ON `systems` BEGIN
  DELETE FROM search_index WHERE rowid IN (
    SELECT rowid FROM search_index WHERE search_index MATCH 'entity_id:"' || old.id || '"'
  );
  INSERT INTO search_index (entity_id, team_id, entity_type, title, body)
  VALUES (new.id, new.team_id, 'system', new.name, new.description);
END;
--> statement-breakpoint
CREATE TRIGGER `systems_search_delete` AFTER DELETE ON `systems` BEGIN
  DELETE FROM search_index WHERE rowid IN (
    SELECT rowid FROM search_index WHERE search_index MATCH 'entity_id:"' || old.id || '"'
  );
END;
--> statement-breakpoint
CREATE TRIGGER `processes_search_insert` AFTER INSERT ON `processes` BEGIN
  INSERT INTO search_index (entity_id, team_id, entity_type, title, body)
  VALUES (new.id, new.team_id, 'process', new.name, new.purpose || ' ' || new."trigger");
END;
--> statement-breakpoint
CREATE TRIGGER `processes_search_update` AFTER UPDATE OF name, purpose, "trigger" ON `processes` BEGIN
  DELETE FROM search_index WHERE rowid IN (
    SELECT rowid FROM search_index WHERE search_index MATCH 'entity_id:"' || old.id || '"'
  );
  INSERT INTO search_index (entity_id, team_id, entity_type, title, body)
  VALUES (new.id, new.team_id, 'process', new.name, new.purpose || ' ' || new."trigger");
END;
--> statement-breakpoint
CREATE TRIGGER `processes_search_delete` AFTER DELETE ON `processes` BEGIN
  DELETE FROM search_index WHERE rowid IN (
    SELECT rowid FROM search_index WHERE search_index MATCH 'entity_id:"' || old.id || '"'
  );
END;
--> statement-breakpoint
CREATE TRIGGER `steps_search_insert` AFTER INSERT ON `steps` BEGIN
  INSERT INTO search_index (entity_id, team_id, entity_type, title, body)
  VALUES (new.id, new.team_id, 'step', new.title, new.details);
END;
--> statement-breakpoint
CREATE TRIGGER `steps_search_update` AFTER UPDATE OF title, details ON `steps` BEGIN
  DELETE FROM search_index WHERE rowid IN (
    SELECT rowid FROM search_index WHERE search_index MATCH 'entity_id:"' || old.id || '"'
  );
  INSERT INTO search_index (entity_id, team_id, entity_type, title, body)
  VALUES (new.id, new.team_id, 'step', new.title, new.details);
END;
--> statement-breakpoint
CREATE TRIGGER `steps_search_delete` AFTER DELETE ON `steps` BEGIN
  DELETE FROM search_index WHERE rowid IN (
    SELECT rowid FROM search_index WHERE search_index MATCH 'entity_id:"' || old.id || '"'
  );
END;
