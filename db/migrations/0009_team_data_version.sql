ALTER TABLE `teams` ADD `data_version` integer DEFAULT 1 NOT NULL;
--> statement-breakpoint
-- Every write that can change a team's streamlining report bumps its data version, inside the
-- writer's own transaction: the report memoized per (team, version) is never stale, whichever
-- code path (router, import CLI, seed) made the change.
CREATE TRIGGER `systems_data_version_insert` AFTER INSERT ON `systems` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = new.team_id;
END;
--> statement-breakpoint
CREATE TRIGGER `systems_data_version_update` AFTER UPDATE ON `systems` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = new.team_id;
END;
--> statement-breakpoint
CREATE TRIGGER `systems_data_version_delete` AFTER DELETE ON `systems` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = old.team_id;
END;
--> statement-breakpoint
CREATE TRIGGER `processes_data_version_insert` AFTER INSERT ON `processes` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = new.team_id;
END;
--> statement-breakpoint
CREATE TRIGGER `processes_data_version_update` AFTER UPDATE ON `processes` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = new.team_id;
END;
--> statement-breakpoint
CREATE TRIGGER `processes_data_version_delete` AFTER DELETE ON `processes` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = old.team_id;
END;
--> statement-breakpoint
CREATE TRIGGER `steps_data_version_insert` AFTER INSERT ON `steps` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = new.team_id;
END;
--> statement-breakpoint
CREATE TRIGGER `steps_data_version_update` AFTER UPDATE ON `steps` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = new.team_id;
END;
--> statement-breakpoint
CREATE TRIGGER `steps_data_version_delete` AFTER DELETE ON `steps` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = old.team_id;
END;
--> statement-breakpoint
CREATE TRIGGER `memberships_data_version_insert` AFTER INSERT ON `memberships` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = new.team_id;
END;
--> statement-breakpoint
CREATE TRIGGER `memberships_data_version_update` AFTER UPDATE ON `memberships` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = new.team_id;
END;
--> statement-breakpoint
CREATE TRIGGER `memberships_data_version_delete` AFTER DELETE ON `memberships` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = old.team_id;
END;
--> statement-breakpoint
CREATE TRIGGER `decisions_data_version_insert` AFTER INSERT ON `decisions` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = new.team_id;
END;
--> statement-breakpoint
CREATE TRIGGER `decisions_data_version_update` AFTER UPDATE ON `decisions` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = new.team_id;
END;
--> statement-breakpoint
CREATE TRIGGER `decisions_data_version_delete` AFTER DELETE ON `decisions` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = old.team_id;
END;
--> statement-breakpoint
CREATE TRIGGER `realized_savings_data_version_insert` AFTER INSERT ON `realized_savings` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = new.team_id;
END;
--> statement-breakpoint
CREATE TRIGGER `realized_savings_data_version_update` AFTER UPDATE ON `realized_savings` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = new.team_id;
END;
--> statement-breakpoint
CREATE TRIGGER `realized_savings_data_version_delete` AFTER DELETE ON `realized_savings` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = old.team_id;
END;
--> statement-breakpoint
CREATE TRIGGER `assignments_data_version_insert` AFTER INSERT ON `assignments` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = new.team_id;
END;
--> statement-breakpoint
CREATE TRIGGER `assignments_data_version_update` AFTER UPDATE OF step_id, kind, assignee_membership_id, status, hours_per_week ON `assignments` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = new.team_id;
END;
--> statement-breakpoint
CREATE TRIGGER `assignments_data_version_delete` AFTER DELETE ON `assignments` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = old.team_id;
END;
--> statement-breakpoint
CREATE TRIGGER `teams_data_version_settings` AFTER UPDATE OF currency, default_hourly_cost, working_days_per_week, weeks_per_year, horizon_years, default_automation_effort_hours, min_hours_per_year ON `teams` BEGIN
  UPDATE teams SET data_version = data_version + 1 WHERE id = new.id;
END;
--> statement-breakpoint
-- Names appear in the report's reasons: a renamed user changes every team they belong to.
CREATE TRIGGER `users_data_version_name` AFTER UPDATE OF name ON `users` BEGIN
  UPDATE teams SET data_version = data_version + 1
  WHERE id IN (SELECT team_id FROM memberships WHERE user_id = new.id);
END;
