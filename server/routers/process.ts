import 'server-only';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { markdownToHtml } from '@/lib/markdown-html';
import { listActivities } from '@/server/queries/activity';
import { createProcess, getProcessDetail, updateProcess } from '@/server/queries/processes';
import { systemBreadcrumb } from '@/server/queries/systems';
import { searchMembers, searchProcesses } from '@/server/queries/pickers';
import { createRouter, teamProcedure } from '@/server/trpc/init';
import { pickerSearchSchema } from './picker.schema';
import { createProcessSchema, updateProcessSchema } from './process.schema';
import { entityId } from './system.schema';

export const processRouter = createRouter({
  /** The process page: the process, its steps and what-ifs, where it sits, and who can perform steps. */
  get: teamProcedure.input(z.object({ processId: entityId })).query(async ({ ctx, input }) => {
    const detail = await getProcessDetail(ctx.db, {
      teamId: ctx.team.id,
      processId: input.processId,
    });
    if (!detail) throw new TRPCError({ code: 'NOT_FOUND', message: 'Process not found.' });
    // Names of just the people and processes this page shows; pickers search for the rest.
    const memberIds = new Set<string>();
    const linkedIds = new Set<string>();
    if (detail.process.ownerMembershipId) memberIds.add(detail.process.ownerMembershipId);
    for (const s of detail.steps) {
      if (s.performerMembershipId) memberIds.add(s.performerMembershipId);
      for (const w of s.whatIfs) if (w.linkedProcessId) linkedIds.add(w.linkedProcessId);
    }
    const [breadcrumb, people, linkedProcesses] = await Promise.all([
      systemBreadcrumb(ctx.db, { teamId: ctx.team.id, systemId: detail.process.systemId }),
      searchMembers(ctx.db, {
        teamId: ctx.team.id,
        q: '',
        ids: [...memberIds],
        limit: memberIds.size,
      }),
      searchProcesses(ctx.db, {
        teamId: ctx.team.id,
        q: '',
        ids: [...linkedIds],
        limit: linkedIds.size,
        withArchived: true,
      }),
    ]);
    return {
      ...detail,
      steps: detail.steps.map((s) => ({ ...s, detailsHtml: markdownToHtml(s.details) })),
      breadcrumb,
      settings: {
        currency: ctx.team.currency,
        defaultHourlyCost: ctx.team.defaultHourlyCost,
        workingDaysPerWeek: ctx.team.workingDaysPerWeek,
        weeksPerYear: ctx.team.weeksPerYear,
      },
      people: people.map((m) => ({ membershipId: m.membershipId, name: m.name })),
      linkedProcesses: linkedProcesses.map((p) => ({ id: p.id, name: p.name })),
      /** Who is looking: a new step is theirs to perform until they pick someone else. */
      viewer: { membershipId: ctx.membership.id, name: ctx.user.name },
      /** Owners and admins hand steps over and restore removed ones. */
      canManage: ctx.membership.role !== 'member',
    };
  }),

  /** Processes matching what was typed, for linking a what-if to one. */
  search: teamProcedure
    .input(pickerSearchSchema.extend({ excludeId: entityId.optional() }))
    .query(({ ctx, input: { teamId, ...search } }) =>
      searchProcesses(ctx.db, { teamId: ctx.team.id, ...search }),
    ),

  create: teamProcedure
    .input(createProcessSchema)
    .mutation(({ ctx, input: { teamId, systemId, ...values } }) =>
      createProcess(ctx.db, { teamId: ctx.team.id, actorUserId: ctx.user.id, systemId, values }),
    ),

  update: teamProcedure
    .input(updateProcessSchema)
    .mutation(({ ctx, input: { teamId, processId, version, ...values } }) =>
      updateProcess(ctx.db, {
        teamId: ctx.team.id,
        actorUserId: ctx.user.id,
        processId,
        version,
        values,
      }),
    ),

  /** The process's own history, newest first. */
  history: teamProcedure
    .input(z.object({ processId: entityId, limit: z.number().int().min(1).max(200).default(50) }))
    .query(({ ctx, input }) =>
      listActivities(ctx.db, {
        teamId: ctx.team.id,
        processId: input.processId,
        limit: input.limit,
      }),
    ),
});
