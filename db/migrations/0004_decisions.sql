CREATE TABLE `decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`team_id` text NOT NULL,
	`step_id` text NOT NULL,
	`action` text NOT NULL,
	`status` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`snapshot` text NOT NULL,
	`decided_by_user_id` text,
	`decided_at` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`step_id`) REFERENCES `steps`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `decisions_team_step_uq` ON `decisions` (`team_id`,`step_id`);