-- Full-text search over systems, processes and steps (SQLite FTS5), kept in step by triggers.
-- entity_id is an indexed column so a trigger finds a row's entry by a phrase match on its id
-- (an index lookup) instead of scanning the table; searches are restricted to title and body.
CREATE VIRTUAL TABLE `search_index` USING fts5(
  entity_id,
  team_id UNINDEXED,
  entity_type UNINDEXED,
  title,
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);
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
