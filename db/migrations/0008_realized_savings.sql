CREATE TABLE `realized_savings` (
	`id` text PRIMARY KEY NOT NULL,
	`team_id` text NOT NULL,
	`step_id` text,
	`system_id` text,
	`action` text NOT NULL,
	`cost_saved_per_year` real NOT NULL,
	`hours_saved_per_year` real NOT NULL,
	`hours_freed_per_year` real NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`step_id`) REFERENCES `steps`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`system_id`) REFERENCES `systems`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `realized_savings_team_system_idx` ON `realized_savings` (`team_id`,`system_id`);--> statement-breakpoint
CREATE INDEX `realized_savings_step_idx` ON `realized_savings` (`step_id`);