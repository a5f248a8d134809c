import 'server-only';
import type { Db } from '@/db/client';
import { withTransaction } from '@/db/transaction';
import { DomainError } from '@/server/domain-error';
import { liveTopLevelNames } from '@/server/queries/onboarding';
import { importIntoTeam } from '@/server/transfer/import';
import { formatProblem, type ImportCounts } from '@/server/transfer/validate';
import { STARTER_TEMPLATES, templatesFile, type TemplateId } from './templates';

function listOfNames(names: string[]): string {
  const quoted = names.map((n) => `“${n}”`);
  return quoted.length === 1
    ? quoted[0]!
    : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/**
 * Adds the chosen templates at the top of the business through the importer (its validation,
 * step limit, search indexing and one activity entry), in one transaction. A template whose
 * system is already a live top-level system of the same name is refused, and nothing is added:
 * a second click, or a second admin, must not leave the business with two "Marketing"s.
 */
export async function applyTemplates(
  db: Db,
  {
    teamId,
    actorUserId,
    templateIds,
  }: { teamId: string; actorUserId: string; templateIds: readonly TemplateId[] },
): Promise<{ counts: ImportCounts; systems: { id: string; name: string }[] }> {
  const chosen = STARTER_TEMPLATES.filter((t) => templateIds.includes(t.id));
  return withTransaction(db, async (tx) => {
    // Checked under the same write lock as the import, so two applies cannot both pass it.
    const taken = await liveTopLevelNames(tx, {
      teamId,
      names: chosen.map((t) => t.system.name),
    });
    const clashes = chosen.filter((t) => taken.has(t.system.name.toLowerCase()));
    if (clashes.length > 0) {
      const names = clashes.map((t) => t.system.name);
      throw new DomainError(
        'CONFLICT',
        `${listOfNames(names)} ${names.length === 1 ? 'is' : 'are'} already in your business. ` +
          'Untick it, or rename or archive the one you have to add the template again.',
        'templateIds',
      );
    }
    const result = await importIntoTeam(tx, {
      teamId,
      actorUserId,
      file: templatesFile(templateIds),
    });
    // The templates are tested against the validator; this is a bug, not a user's mistake.
    if (!result.ok)
      throw new Error(
        `A starter template does not import: ${result.problems.map(formatProblem).join('; ')}`,
      );
    return {
      counts: result.counts,
      systems: result.systemIds.map((id, i) => ({ id, name: chosen[i]!.system.name })),
    };
  });
}
