CREATE INDEX `assignments_step_idx` ON `assignments` (`step_id`);--> statement-breakpoint
CREATE INDEX `assignments_assignee_idx` ON `assignments` (`assignee_membership_id`);--> statement-breakpoint
CREATE INDEX `decisions_step_idx` ON `decisions` (`step_id`);--> statement-breakpoint
CREATE INDEX `processes_system_idx` ON `processes` (`system_id`);--> statement-breakpoint
CREATE INDEX `processes_owner_idx` ON `processes` (`owner_membership_id`);--> statement-breakpoint
CREATE INDEX `steps_process_idx` ON `steps` (`process_id`);--> statement-breakpoint
CREATE INDEX `systems_parent_idx` ON `systems` (`parent_id`);--> statement-breakpoint
CREATE INDEX `systems_owner_idx` ON `systems` (`owner_membership_id`);--> statement-breakpoint
CREATE INDEX `what_ifs_step_idx` ON `what_ifs` (`step_id`);--> statement-breakpoint
CREATE INDEX `what_ifs_linked_process_idx` ON `what_ifs` (`linked_process_id`);