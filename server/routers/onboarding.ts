import 'server-only';
import { applyTemplates } from '@/server/onboarding/apply';
import { templateSummaries } from '@/server/onboarding/templates';
import {
  firstRunFacts,
  firstTopLevelSystemId,
  liveTopLevelNames,
} from '@/server/queries/onboarding';
import { RATE_RULES } from '@/server/limits';
import { createRouter, limitedAdminProcedure, teamProcedure } from '@/server/trpc/init';
import { applyTemplatesSchema } from './onboarding.schema';

export type ChecklistItemId =
  'name-business' | 'add-system' | 'document-process' | 'estimate' | 'invite' | 'read-report';

export const onboardingRouter = createRouter({
  /** The starter templates, and which of them the business already has at its top level. */
  templates: teamProcedure.query(async ({ ctx }) => {
    const templates = templateSummaries();
    const taken = await liveTopLevelNames(ctx.db, {
      teamId: ctx.team.id,
      names: templates.map((t) => t.name),
    });
    return templates.map((t) => ({ ...t, added: taken.has(t.name.toLowerCase()) }));
  }),

  /**
   * Adds the chosen templates as top-level systems with draft processes. Counted with imports
   * (it is one), so the step limit and the import rate limit both hold. (Not named `apply`: tRPC
   * reserves that name, as its client proxies are functions.)
   */
  applyTemplates: limitedAdminProcedure(RATE_RULES.imports)
    .input(applyTemplatesSchema)
    .mutation(({ ctx, input }) =>
      applyTemplates(ctx.db, {
        teamId: ctx.team.id,
        actorUserId: ctx.user.id,
        templateIds: input.templateIds,
      }),
    ),

  /** The first-run checklist: each item done or not, from small EXISTS/COUNT reads of the team. */
  checklist: teamProcedure.query(async ({ ctx }) => {
    const [facts, firstSystemId] = await Promise.all([
      firstRunFacts(ctx.db, { teamId: ctx.team.id }),
      firstTopLevelSystemId(ctx.db, { teamId: ctx.team.id }),
    ]);
    const items: { id: ChecklistItemId; title: string; done: boolean }[] = [
      { id: 'name-business', title: 'Name your business', done: true },
      { id: 'add-system', title: 'Add a system', done: facts.hasSystem },
      {
        id: 'document-process',
        title: 'Document a process with its steps',
        done: facts.hasDocumentedProcess,
      },
      {
        id: 'estimate',
        title: 'Estimate how often it runs and how long each step takes',
        done: facts.hasEstimatedStep,
      },
      { id: 'invite', title: 'Invite a teammate', done: facts.hasTeammateOrInvitation },
      { id: 'read-report', title: 'Read your streamlining report', done: facts.hasDecision },
    ];
    return {
      items,
      doneCount: items.filter((i) => i.done).length,
      allDone: items.every((i) => i.done),
      /** Where "document a process" starts: the first system of the business, if any. */
      firstSystemId,
    };
  }),
});
