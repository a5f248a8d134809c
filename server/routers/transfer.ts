import 'server-only';
import { z } from 'zod';
import { listMembers } from '@/server/queries/members';
import { LIMITS } from '@/server/transfer/format';
import { importIntoTeam } from '@/server/transfer/import';
import { parseImportText, validateImport } from '@/server/transfer/validate';
import { RATE_RULES } from '@/server/limits';
import { createRouter, limitedAdminProcedure, limitedTeamProcedure } from '@/server/trpc/init';
import { entityId } from './system.schema';

export const transferRouter = createRouter({
  /**
   * The team's systems, processes, steps and what-ifs in the documented JSON format
   * (docs/import-format.md), as text chunks: built off the main thread, streamed to the download.
   */
  export: limitedTeamProcedure(RATE_RULES.exports)
    .input(z.object({ systemId: entityId.nullable().default(null) }))
    .query(async function* ({ ctx, input }) {
      yield* ctx.report.teamFileChunks({ teamId: ctx.team.id, systemId: input.systemId });
    }),

  /**
   * Imports a file: the whole file is checked first and every problem comes back with its
   * location; a bad file writes nothing. `dryRun` only checks.
   */
  import: limitedAdminProcedure(RATE_RULES.imports)
    .input(
      z.object({
        text: z
          .string()
          .min(1, 'Choose a file to import.')
          .max(LIMITS.fileBytes, 'The file is too big to import at once.'),
        parentSystemId: entityId.nullable().default(null),
        dryRun: z.boolean().default(false),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const parsed = parseImportText(input.text);
      if (!parsed.ok) return { ok: false as const, problems: parsed.problems };
      if (input.dryRun) {
        const members = await listMembers(ctx.db, { teamId: ctx.team.id });
        const checked = validateImport(parsed.json, { memberEmails: members.map((m) => m.email) });
        return checked.ok
          ? {
              ok: true as const,
              dryRun: true,
              counts: checked.plan.counts,
              warnings: checked.warnings,
            }
          : { ok: false as const, problems: checked.problems };
      }
      const result = await importIntoTeam(ctx.db, {
        teamId: ctx.team.id,
        actorUserId: ctx.user.id,
        file: parsed.json,
        parentSystemId: input.parentSystemId,
      });
      return result.ok
        ? { ok: true as const, dryRun: false, counts: result.counts, warnings: result.warnings }
        : { ok: false as const, problems: result.problems };
    }),
});
