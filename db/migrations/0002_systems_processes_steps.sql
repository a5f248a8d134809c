CREATE TABLE `processes` (
	`id` text PRIMARY KEY NOT NULL,
	`team_id` text NOT NULL,
	`system_id` text NOT NULL,
	`name` text NOT NULL,
	`purpose` text DEFAULT '' NOT NULL,
	`trigger` text DEFAULT '' NOT NULL,
	`owner_membership_id` text,
	`frequency_period` text DEFAULT 'month' NOT NULL,
	`frequency_count` real DEFAULT 1 NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by_user_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`system_id`) REFERENCES `systems`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_membership_id`) REFERENCES `memberships`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `processes_team_system_position_idx` ON `processes` (`team_id`,`system_id`,`position`);--> statement-breakpoint
CREATE TABLE `steps` (
	`id` text PRIMARY KEY NOT NULL,
	`team_id` text NOT NULL,
	`process_id` text NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`details` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'action' NOT NULL,
	`performer_membership_id` text,
	`minutes` real DEFAULT 0 NOT NULL,
	`wait_minutes` real,
	`probability` real DEFAULT 100 NOT NULL,
	`value` text DEFAULT 'unknown' NOT NULL,
	`rule_based` integer DEFAULT false NOT NULL,
	`needs_judgment` integer DEFAULT false NOT NULL,
	`tools` text DEFAULT '[]' NOT NULL,
	`automation_effort_hours` real,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_by_user_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`process_id`) REFERENCES `processes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`performer_membership_id`) REFERENCES `memberships`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `steps_team_process_position_idx` ON `steps` (`team_id`,`process_id`,`position`);--> statement-breakpoint
CREATE INDEX `steps_performer_idx` ON `steps` (`performer_membership_id`);--> statement-breakpoint
CREATE TABLE `systems` (
	`id` text PRIMARY KEY NOT NULL,
	`team_id` text NOT NULL,
	`parent_id` text,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`owner_membership_id` text,
	`position` integer DEFAULT 0 NOT NULL,
	`archived_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_id`) REFERENCES `systems`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`owner_membership_id`) REFERENCES `memberships`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `systems_team_parent_position_idx` ON `systems` (`team_id`,`parent_id`,`position`);--> statement-breakpoint
CREATE TABLE `what_ifs` (
	`id` text PRIMARY KEY NOT NULL,
	`team_id` text NOT NULL,
	`step_id` text NOT NULL,
	`position` integer NOT NULL,
	`condition` text NOT NULL,
	`action` text NOT NULL,
	`linked_process_id` text,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`step_id`) REFERENCES `steps`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`linked_process_id`) REFERENCES `processes`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `what_ifs_team_step_position_idx` ON `what_ifs` (`team_id`,`step_id`,`position`);--> statement-breakpoint
ALTER TABLE `activities` ADD `process_id` text;--> statement-breakpoint
CREATE INDEX `activities_team_process_created_idx` ON `activities` (`team_id`,`process_id`,`created_at`);