import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { markdownToHtml } from '@/lib/markdown-html';
import { frequencyText } from '@/components/process/frequency-text';
import { PrintButton } from '@/components/process/print-button';
import { buttonClass } from '@/components/ui/button';
import { formatDate, formatHours, formatPercent, formatQuantity } from '@/lib/format';
import { STEP_KIND_LABELS, STEP_VALUE_CHOICES } from '@/lib/labels';
import { hoursPerYear, processRunsPerYear, stepRunsPerYear } from '@/server/analysis';
import { clampProbability, nonNegative } from '@/server/analysis/runs';
import { frequencyOf } from '@/server/queries/processes';
import { isNotFound } from '@/server/trpc/is-not-found';
import { getCurrentTeam } from '@/trpc/current-team';
import { getServerApi } from '@/trpc/server';

type Params = Promise<{ slug: string; processId: string }>;

/** Once per request for the title and the page; an unknown (or impossible) id is a 404. */
const loadProcess = cache(async (slug: string, processId: string) => {
  const { team } = await getCurrentTeam(slug);
  const api = await getServerApi();
  try {
    return { team, ...(await api.process.get({ teamId: team.id, processId })) };
  } catch (err) {
    if (isNotFound(err) || (err instanceof TRPCError && err.code === 'BAD_REQUEST')) notFound();
    throw err;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug, processId } = await params;
  const { process } = await loadProcess(slug, processId);
  return { title: `${process.name} · SOP` };
}

const STATUS_LABELS = { draft: 'Draft', active: 'Active', archived: 'Archived' } as const;

const minutes = (value: number) => `${formatQuantity(value)} min`;

/** Step details are the author's Markdown, rendered without raw HTML or images. */
const markdownClass =
  'mt-2 space-y-2 text-sm leading-relaxed text-slate-800 print:text-black ' +
  '[&_a]:text-brand-700 [&_a]:underline print:[&_a]:text-inherit ' +
  '[&_ul]:list-disc [&_ul]:pl-5 [&_ol]:list-decimal [&_ol]:pl-5 [&_li]:mt-0.5 ' +
  '[&_blockquote]:border-l-2 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_blockquote]:text-slate-600 ' +
  '[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:text-[0.9em] ' +
  '[&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-2 [&_pre]:whitespace-pre-wrap ' +
  '[&_h4]:font-semibold [&_h5]:font-semibold [&_h6]:font-medium ' +
  '[&_hr]:border-slate-200 [&_img]:max-h-64 [&_img]:max-w-full';

export default async function PrintProcessPage({ params }: { params: Params }) {
  const { slug, processId } = await params;
  const { team, process, steps, breadcrumb, settings, people, linkedProcesses } = await loadProcess(
    slug,
    processId,
  );

  const nameOf = new Map(people.map((m) => [m.membershipId, m.name]));
  const processName = new Map(linkedProcesses.map((p) => [p.id, p.name]));
  const processHref = (id: string) => `/t/${slug}/processes/${encodeURIComponent(id)}`;

  const runs = processRunsPerYear(frequencyOf(process), settings);
  const handsOn = steps.reduce((sum, s) => sum + nonNegative(s.minutes), 0);
  const expected = steps.reduce(
    (sum, s) => sum + (nonNegative(s.minutes) * clampProbability(s.probability)) / 100,
    0,
  );
  const hours = steps.reduce(
    (sum, s) => sum + hoursPerYear(stepRunsPerYear(runs, s.probability), s.minutes),
    0,
  );
  const path = [team.name, ...breadcrumb.map((b) => b.name)].join(' › ');

  return (
    <main className="mx-auto max-w-3xl px-4 py-8 print:max-w-none print:p-0">
      <div className="mb-4 flex items-center justify-between gap-3 print:hidden">
        <Link href={processHref(process.id)} className={buttonClass('secondary')}>
          ← Back to the process
        </Link>
        <PrintButton />
      </div>

      <article className="rounded-xl border border-slate-200 bg-white p-8 text-slate-900 shadow-sm print:rounded-none print:border-0 print:p-0 print:text-black print:shadow-none">
        <header className="border-b border-slate-200 pb-4">
          <p className="text-sm text-slate-500 print:text-slate-700">{path}</p>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight">{process.name}</h1>
          {process.purpose.trim() && (
            <p className="mt-2 whitespace-pre-line text-slate-700 print:text-black">
              {process.purpose}
            </p>
          )}
        </header>

        <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1.5 text-sm">
          <dt className="text-slate-500">Trigger</dt>
          <dd className="whitespace-pre-line">{process.trigger.trim() || 'Not specified'}</dd>
          <dt className="text-slate-500">Owner</dt>
          <dd>{nameOf.get(process.ownerMembershipId ?? '') ?? 'Unassigned'}</dd>
          <dt className="text-slate-500">Frequency</dt>
          <dd>{frequencyText(frequencyOf(process))}</dd>
          <dt className="text-slate-500">Status</dt>
          <dd>{STATUS_LABELS[process.status]}</dd>
          <dt className="text-slate-500">Hands-on time per run</dt>
          <dd>
            {minutes(handsOn)}
            {Math.abs(expected - handsOn) > 1e-9 && (
              <span className="text-slate-600 print:text-black">
                {' '}
                ({minutes(expected)} on average, counting how often each step happens)
              </span>
            )}
          </dd>
          <dt className="text-slate-500">Runs per year</dt>
          <dd>{formatQuantity(runs)}</dd>
          <dt className="text-slate-500">Hours per year</dt>
          <dd>{formatHours(hours)}</dd>
        </dl>

        <section aria-labelledby="steps-heading" className="mt-8">
          <h2 id="steps-heading" className="text-lg font-semibold">
            Steps
          </h2>
          {steps.length === 0 ? (
            <p className="mt-2 text-sm text-slate-500">No steps written down yet.</p>
          ) : (
            <ol className="mt-3 space-y-6">
              {steps.map((step, i) => {
                const flags = [
                  step.ruleBased ? 'Rule-based' : null,
                  step.needsJudgment ? 'Needs judgment' : null,
                ].filter((f) => f !== null);
                const wait = nonNegative(step.waitMinutes);
                return (
                  <li key={step.id} className="border-t border-slate-200 pt-4">
                    <div className="break-inside-avoid">
                      <h3 className="flex gap-2 break-after-avoid font-semibold">
                        <span className="tabular-nums text-slate-500 print:text-black">
                          {i + 1}.
                        </span>
                        <span>{step.title}</span>
                      </h3>
                      <dl className="mt-1 flex flex-wrap gap-x-5 gap-y-1 text-sm">
                        <Fact label="Kind">{STEP_KIND_LABELS[step.kind]}</Fact>
                        <Fact label="Performer">
                          {nameOf.get(step.performerMembershipId ?? '') ?? 'Unassigned'}
                        </Fact>
                        <Fact label="Time">
                          {minutes(nonNegative(step.minutes))}
                          {wait > 0 && `, then ${minutes(wait)} waiting`}
                        </Fact>
                        {clampProbability(step.probability) < 100 && (
                          <Fact label="Happens in">
                            {formatPercent(clampProbability(step.probability))} of runs
                          </Fact>
                        )}
                        <Fact label="Value">{STEP_VALUE_CHOICES[step.value]}</Fact>
                        {flags.length > 0 && <Fact label="Flags">{flags.join(', ')}</Fact>}
                        {step.tools.length > 0 && (
                          <Fact label="Tools">{step.tools.join(', ')}</Fact>
                        )}
                      </dl>
                    </div>

                    {step.details.trim() && (
                      <div
                        className={markdownClass}
                        // Escaped by markdownToHtml: no raw HTML, no images, safe links.
                        dangerouslySetInnerHTML={{
                          __html: markdownToHtml(step.details, { headingsFrom: 4 }),
                        }}
                      />
                    )}

                    {step.whatIfs.length > 0 && (
                      <div className="mt-3 break-inside-avoid">
                        <h4 className="text-sm font-medium">What if…</h4>
                        <ul className="mt-1 space-y-1 text-sm">
                          {step.whatIfs.map((w) => {
                            const linkedId = w.linkedProcessId;
                            const linkedName =
                              linkedId === process.id
                                ? 'this process'
                                : linkedId
                                  ? processName.get(linkedId)
                                  : undefined;
                            return (
                              <li key={w.id}>
                                {/* Conditions are often typed as "if …"; say "If" once. */}
                                If {w.condition.replace(/^\s*if\b\s*/i, '')} → {w.action}
                                {linkedId && linkedName && (
                                  <>
                                    {' '}
                                    (see{' '}
                                    <Link
                                      href={processHref(linkedId)}
                                      className="text-brand-700 underline print:text-inherit print:no-underline"
                                    >
                                      {linkedName}
                                    </Link>
                                    )
                                  </>
                                )}
                              </li>
                            );
                          })}
                        </ul>
                      </div>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
        </section>

        <footer className="mt-8 border-t border-slate-200 pt-3 text-xs text-slate-500 print:text-slate-700">
          {team.name} · version {process.version}, last changed {formatDate(process.updatedAt)}{' '}
          (UTC)
        </footer>
      </article>
    </main>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-1.5">
      <dt className="text-slate-500 print:text-slate-700">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
