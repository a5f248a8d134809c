CREATE TABLE "activities" (
	"id" text PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"actor_user_id" text,
	"process_id" text,
	"kind" text NOT NULL,
	"summary" text NOT NULL,
	"data" jsonb,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" text PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"step_id" text NOT NULL,
	"kind" text NOT NULL,
	"assignee_membership_id" text NOT NULL,
	"assigned_by_user_id" text,
	"due_date" text,
	"note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'assigned' NOT NULL,
	"decline_reason" text,
	"hours_per_week" double precision DEFAULT 0 NOT NULL,
	"remaining_minutes" double precision,
	"effort_hours" double precision,
	"overdue_notified_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL,
	"completed_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" text PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"step_id" text NOT NULL,
	"action" text NOT NULL,
	"status" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"snapshot" jsonb NOT NULL,
	"decided_by_user_id" text,
	"decided_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" text PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"email" text NOT NULL,
	"email_normalized" text NOT NULL,
	"role" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"invited_by_user_id" text,
	"accepted_at" timestamp (3) with time zone,
	"accepted_by_user_id" text,
	"revoked_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL,
	"sent_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" text PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"user_id" text NOT NULL,
	"role" text NOT NULL,
	"hourly_cost" double precision,
	"weekly_capacity_hours" double precision DEFAULT 0 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" text PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"message" text NOT NULL,
	"href" text,
	"read_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "processes" (
	"id" text PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"system_id" text NOT NULL,
	"name" text NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"trigger" text DEFAULT '' NOT NULL,
	"owner_membership_id" text,
	"frequency_period" text DEFAULT 'month' NOT NULL,
	"frequency_count" double precision DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_user_id" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"hits" integer NOT NULL,
	"window_started_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "realized_savings" (
	"id" text PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"step_id" text,
	"system_id" text,
	"action" text NOT NULL,
	"cost_saved_per_year" double precision NOT NULL,
	"hours_saved_per_year" double precision NOT NULL,
	"hours_freed_per_year" double precision NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sign_in_throttles" (
	"email_normalized" text PRIMARY KEY NOT NULL,
	"failures" integer DEFAULT 0 NOT NULL,
	"window_started_at" timestamp (3) with time zone NOT NULL,
	"locked_until" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "steps" (
	"id" text PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"process_id" text NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"kind" text DEFAULT 'action' NOT NULL,
	"performer_membership_id" text,
	"minutes" double precision DEFAULT 0 NOT NULL,
	"wait_minutes" double precision,
	"probability" double precision DEFAULT 100 NOT NULL,
	"value" text DEFAULT 'unknown' NOT NULL,
	"rule_based" boolean DEFAULT false NOT NULL,
	"needs_judgment" boolean DEFAULT false NOT NULL,
	"tools" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"automation_effort_hours" double precision,
	"archived_at" timestamp (3) with time zone,
	"automated_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by_user_id" text,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "systems" (
	"id" text PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"parent_id" text,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_membership_id" text,
	"position" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL,
	"updated_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"currency" text DEFAULT 'USD' NOT NULL,
	"default_hourly_cost" double precision DEFAULT 50 NOT NULL,
	"working_days_per_week" double precision DEFAULT 5 NOT NULL,
	"weeks_per_year" double precision DEFAULT 48 NOT NULL,
	"horizon_years" double precision DEFAULT 5 NOT NULL,
	"default_automation_effort_hours" double precision DEFAULT 8 NOT NULL,
	"min_hours_per_year" double precision DEFAULT 4 NOT NULL,
	"data_version" bigint DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"email_normalized" text NOT NULL,
	"password_hash" text,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "what_ifs" (
	"id" text PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"step_id" text NOT NULL,
	"position" integer NOT NULL,
	"condition" text NOT NULL,
	"action" text NOT NULL,
	"linked_process_id" text
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_step_id_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_assignee_membership_id_memberships_id_fk" FOREIGN KEY ("assignee_membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_assigned_by_user_id_users_id_fk" FOREIGN KEY ("assigned_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_step_id_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_user_id_users_id_fk" FOREIGN KEY ("invited_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_accepted_by_user_id_users_id_fk" FOREIGN KEY ("accepted_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processes" ADD CONSTRAINT "processes_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processes" ADD CONSTRAINT "processes_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processes" ADD CONSTRAINT "processes_owner_membership_id_memberships_id_fk" FOREIGN KEY ("owner_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "processes" ADD CONSTRAINT "processes_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realized_savings" ADD CONSTRAINT "realized_savings_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realized_savings" ADD CONSTRAINT "realized_savings_step_id_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."steps"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "realized_savings" ADD CONSTRAINT "realized_savings_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "steps" ADD CONSTRAINT "steps_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "steps" ADD CONSTRAINT "steps_process_id_processes_id_fk" FOREIGN KEY ("process_id") REFERENCES "public"."processes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "steps" ADD CONSTRAINT "steps_performer_membership_id_memberships_id_fk" FOREIGN KEY ("performer_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "steps" ADD CONSTRAINT "steps_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "systems" ADD CONSTRAINT "systems_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "systems" ADD CONSTRAINT "systems_parent_id_systems_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "systems" ADD CONSTRAINT "systems_owner_membership_id_memberships_id_fk" FOREIGN KEY ("owner_membership_id") REFERENCES "public"."memberships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "what_ifs" ADD CONSTRAINT "what_ifs_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "what_ifs" ADD CONSTRAINT "what_ifs_step_id_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "what_ifs" ADD CONSTRAINT "what_ifs_linked_process_id_processes_id_fk" FOREIGN KEY ("linked_process_id") REFERENCES "public"."processes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_team_created_idx" ON "activities" USING btree ("team_id","created_at");--> statement-breakpoint
CREATE INDEX "activities_team_process_created_idx" ON "activities" USING btree ("team_id","process_id","created_at");--> statement-breakpoint
CREATE INDEX "assignments_team_assignee_status_idx" ON "assignments" USING btree ("team_id","assignee_membership_id","status");--> statement-breakpoint
CREATE INDEX "assignments_team_step_idx" ON "assignments" USING btree ("team_id","step_id");--> statement-breakpoint
CREATE INDEX "assignments_team_status_idx" ON "assignments" USING btree ("team_id","status");--> statement-breakpoint
CREATE INDEX "assignments_step_idx" ON "assignments" USING btree ("step_id");--> statement-breakpoint
CREATE INDEX "assignments_assignee_idx" ON "assignments" USING btree ("assignee_membership_id");--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_team_step_uq" ON "decisions" USING btree ("team_id","step_id");--> statement-breakpoint
CREATE INDEX "decisions_step_idx" ON "decisions" USING btree ("step_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_token_hash_uq" ON "invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "invitations_team_email_idx" ON "invitations" USING btree ("team_id","email_normalized");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_team_id_uq" ON "memberships" USING btree ("team_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_team_user_uq" ON "memberships" USING btree ("team_id","user_id");--> statement-breakpoint
CREATE INDEX "memberships_user_idx" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "notifications_team_user_created_idx" ON "notifications" USING btree ("team_id","user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "processes_team_id_uq" ON "processes" USING btree ("team_id","id");--> statement-breakpoint
CREATE INDEX "processes_team_system_position_idx" ON "processes" USING btree ("team_id","system_id","position");--> statement-breakpoint
CREATE INDEX "processes_system_idx" ON "processes" USING btree ("system_id");--> statement-breakpoint
CREATE INDEX "processes_owner_idx" ON "processes" USING btree ("owner_membership_id");--> statement-breakpoint
CREATE INDEX "realized_savings_team_system_idx" ON "realized_savings" USING btree ("team_id","system_id");--> statement-breakpoint
CREATE INDEX "realized_savings_step_idx" ON "realized_savings" USING btree ("step_id");--> statement-breakpoint
CREATE UNIQUE INDEX "steps_team_id_uq" ON "steps" USING btree ("team_id","id");--> statement-breakpoint
CREATE INDEX "steps_team_process_position_idx" ON "steps" USING btree ("team_id","process_id","position");--> statement-breakpoint
CREATE INDEX "steps_performer_idx" ON "steps" USING btree ("performer_membership_id");--> statement-breakpoint
CREATE INDEX "steps_process_idx" ON "steps" USING btree ("process_id");--> statement-breakpoint
CREATE UNIQUE INDEX "systems_team_id_uq" ON "systems" USING btree ("team_id","id");--> statement-breakpoint
CREATE INDEX "systems_team_parent_position_idx" ON "systems" USING btree ("team_id","parent_id","position");--> statement-breakpoint
CREATE INDEX "systems_parent_idx" ON "systems" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "systems_owner_idx" ON "systems" USING btree ("owner_membership_id");--> statement-breakpoint
CREATE UNIQUE INDEX "teams_slug_uq" ON "teams" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_normalized_uq" ON "users" USING btree ("email_normalized");--> statement-breakpoint
CREATE INDEX "what_ifs_team_step_position_idx" ON "what_ifs" USING btree ("team_id","step_id","position");--> statement-breakpoint
CREATE INDEX "what_ifs_step_idx" ON "what_ifs" USING btree ("step_id");--> statement-breakpoint
CREATE INDEX "what_ifs_linked_process_idx" ON "what_ifs" USING btree ("linked_process_id");