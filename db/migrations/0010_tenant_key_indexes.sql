CREATE UNIQUE INDEX `memberships_team_id_uq` ON `memberships` (`team_id`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `processes_team_id_uq` ON `processes` (`team_id`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `steps_team_id_uq` ON `steps` (`team_id`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `systems_team_id_uq` ON `systems` (`team_id`,`id`);