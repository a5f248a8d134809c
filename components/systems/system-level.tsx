import { ProcessTable } from '@/components/process/process-table';
import { NewProcessForm } from '@/components/process/new-process-form';
import { getServerApi } from '@/trpc/server';
import { ArchivedSystems } from './archived-systems';
import { SystemBreadcrumb } from './breadcrumb';
import { NewSystemForm } from './new-system-form';
import { SubsystemCards } from './subsystem-cards';
import { SystemActions } from './system-actions';
import { TotalsLine } from './totals';
import { TemplatesButton } from '@/components/onboarding/templates-button';
import { EmptyState } from '@/components/ui/empty-state';

/** One zoom level of the business: the business itself (systemId null) or a system. */
export async function SystemLevel({
  team,
  systemId,
  canImport,
}: {
  team: { id: string; slug: string; name: string };
  systemId: string | null;
  canImport: boolean;
}) {
  const api = await getServerApi();
  const view = await api.system.overview({ teamId: team.id, systemId });
  const current = view.current;
  // A system that only groups subsystems is not empty: say where its processes are.
  const processesBelow = view.children.reduce((n, c) => n + c.processCount, 0);
  const title = current?.name ?? team.name;

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        {current && (
          <SystemBreadcrumb teamSlug={team.slug} teamName={team.name} trail={view.breadcrumb} />
        )}
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            {!current && <p className="text-sm text-slate-500">The business, zoomed out</p>}
            <h1 className="text-2xl font-semibold tracking-tight">
              {title}
              {current?.archived && (
                <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 align-middle text-xs font-normal text-slate-500">
                  archived
                </span>
              )}
            </h1>
            {current?.description && (
              <p className="mt-1 max-w-2xl text-sm text-slate-600">{current.description}</p>
            )}
            {current?.ownerName && (
              <p className="mt-1 text-xs text-slate-500">Owner: {current.ownerName}</p>
            )}
            <TotalsLine totals={view.totals} className="mt-2" />
          </div>
          <div className="flex flex-col items-end gap-2">
            <div className="flex gap-3 text-sm">
              <a
                href={`/t/${team.slug}/export.json${current ? `?system=${current.id}` : ''}`}
                className="text-brand-700 hover:underline"
                download
              >
                Export JSON
              </a>
              {canImport && (
                <a href={`/t/${team.slug}/import`} className="text-brand-700 hover:underline">
                  Import
                </a>
              )}
              {!current && canImport && <TemplatesButton teamId={team.id} />}
              <a
                href={`/t/${team.slug}/report${current ? `?system=${current.id}` : ''}`}
                className="text-brand-700 hover:underline"
              >
                Report
              </a>
            </div>
            {current && (
              <SystemActions
                teamId={team.id}
                teamSlug={team.slug}
                system={{ ...current, parentName: view.breadcrumb.at(-2)?.name ?? null }}
              />
            )}
          </div>
        </div>
        {current?.hidden && !current.archived && (
          <p className="text-sm text-amber-700">
            A system above this one is archived, so this one is out of the map and the report too.
          </p>
        )}
      </div>

      <section aria-labelledby="systems-heading" className="space-y-4">
        <div className="flex items-center justify-between gap-4">
          <h2 id="systems-heading" className="text-lg font-semibold">
            {current ? 'Subsystems' : 'Systems'}
          </h2>
        </div>
        {view.children.length > 0 ? (
          <SubsystemCards
            teamId={team.id}
            teamSlug={team.slug}
            parentId={systemId}
            cards={view.children}
          />
        ) : (
          <EmptyState title={current ? `${current.name} has no subsystems` : 'No systems yet'}>
            {current
              ? 'Zoom in further only where it helps: most systems simply run on their processes.'
              : 'A business is one big system made of smaller ones — marketing, client intake, accounts receivable — each running on processes. Start with the big ones.'}
          </EmptyState>
        )}
        {!current?.archived && (
          <NewSystemForm teamId={team.id} parentId={systemId} parentName={title} />
        )}
      </section>

      {current && (
        <section aria-labelledby="processes-heading" className="space-y-4">
          <h2 id="processes-heading" className="text-lg font-semibold">
            Processes
          </h2>
          {view.processes.length > 0 ? (
            <ProcessTable teamSlug={team.slug} processes={view.processes} />
          ) : (
            <EmptyState
              title={
                processesBelow > 0 ? `No processes directly in ${current.name}` : 'No processes yet'
              }
            >
              {processesBelow > 0
                ? `Its subsystems above hold ${processesBelow === 1 ? 'one' : processesBelow}. Open one, or add a process that belongs to ${current.name} itself.`
                : 'A process is the steps done every time, in order — write down one that runs often.'}
            </EmptyState>
          )}
          {!current.archived && (
            <NewProcessForm teamId={team.id} teamSlug={team.slug} systemId={current.id} />
          )}
        </section>
      )}

      {view.archivedChildren.length > 0 && (
        <ArchivedSystems teamId={team.id} systems={view.archivedChildren} />
      )}
    </div>
  );
}
