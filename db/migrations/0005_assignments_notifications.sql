CREATE TABLE `assignments` (
	`id` text PRIMARY KEY NOT NULL,
	`team_id` text NOT NULL,
	`step_id` text NOT NULL,
	`kind` text NOT NULL,
	`assignee_membership_id` text NOT NULL,
	`assigned_by_user_id` text,
	`due_date` text,
	`note` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'assigned' NOT NULL,
	`decline_reason` text,
	`hours_per_week` real DEFAULT 0 NOT NULL,
	`remaining_minutes` real,
	`effort_hours` real,
	`overdue_notified_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`completed_at` integer,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`step_id`) REFERENCES `steps`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assignee_membership_id`) REFERENCES `memberships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assigned_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `assignments_team_assignee_status_idx` ON `assignments` (`team_id`,`assignee_membership_id`,`status`);--> statement-breakpoint
CREATE INDEX `assignments_team_step_idx` ON `assignments` (`team_id`,`step_id`);--> statement-breakpoint
CREATE INDEX `assignments_team_status_idx` ON `assignments` (`team_id`,`status`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` text PRIMARY KEY NOT NULL,
	`team_id` text NOT NULL,
	`user_id` text NOT NULL,
	`kind` text NOT NULL,
	`message` text NOT NULL,
	`href` text,
	`read_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notifications_team_user_created_idx` ON `notifications` (`team_id`,`user_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `steps` ADD `archived_at` integer;--> statement-breakpoint
ALTER TABLE `steps` ADD `automated_at` integer;