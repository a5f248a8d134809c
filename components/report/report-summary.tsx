import Link from 'next/link';
import { PrintButton } from '@/components/process/print-button';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Stat } from '@/components/ui/card';
import { Table, TBody, Td, Th, THead } from '@/components/ui/table';
import { formatHours, formatMoney, formatNumber } from '@/lib/format';
import { ACTION_LABELS } from '@/lib/labels';
import { ReportCharts } from './report-charts';
import type { ReportData } from './types';
import { DownloadLinks } from './download-links';
import { reportViewHref } from './url-state';

/**
 * The zoom level's heading, downloads, totals, charts and roll-up by system: rendered on the
 * server and never hydrated (only the findings below are interactive), so a phone has little to
 * run before the page responds. A change refreshes it through the router.
 */
export function ReportSummary({
  report,
  teamSlug,
  teamName,
}: {
  report: ReportData;
  teamSlug: string;
  teamName: string;
}) {
  const c = report.currency;
  const base = `/t/${teamSlug}/report`;
  const zoom = (systemId: string | null) => reportViewHref(base, { system: systemId });
  const { scope } = report;
  return (
    <>
      <div className="space-y-3">
        <Breadcrumb
          links={[
            ...(scope.systemId ? [{ href: zoom(null), name: teamName }] : []),
            ...scope.breadcrumb.slice(0, -1).map((b) => ({ href: zoom(b.id), name: b.name })),
          ]}
          current={scope.breadcrumb.at(-1)?.name ?? teamName}
        />
        <div className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-semibold tracking-tight">
              Streamlining report{scope.name ? `: ${scope.name}` : ''}
            </h1>
            <p className="mt-1 text-sm text-slate-600">
              Every documented step, flagged to remove, automate, delegate or keep — computed from
              the current data and settings (horizon {formatNumber(report.settings.horizonYears, 1)}{' '}
              years, steps under {formatNumber(report.settings.minHoursPerYear, 1)} h a year kept as
              too small).
            </p>
          </div>
          <div className="flex flex-wrap gap-2 print:hidden">
            <DownloadLinks base={base} />
            <PrintButton />
          </div>
        </div>
        {scope.subsystems.length > 0 && (
          <div className="flex flex-wrap items-center gap-2 text-sm print:hidden">
            <span className="text-slate-600">Zoom in:</span>
            {scope.subsystems.map((s) => (
              <Link
                key={s.id}
                href={zoom(s.id)}
                className="rounded-full bg-brand-50 px-3 py-1 text-brand-700 hover:bg-brand-100"
              >
                {s.name}
              </Link>
            ))}
            {scope.subsystemCount > scope.subsystems.length && (
              <span className="text-slate-600">
                and {scope.subsystemCount - scope.subsystems.length} more (use the Subsystem filter)
              </span>
            )}
          </div>
        )}
      </div>

      <section aria-label="Totals" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-6">
        <Stat
          label="Documented"
          value={formatHours(report.totals.hoursPerYear)}
          sub={`${formatMoney(report.totals.costPerYear, c)} a year · ${report.totals.stepCount} steps`}
        />
        <Stat
          label="Potential savings"
          value={formatMoney(report.potentialTotal.costSavedPerYear, c)}
          sub={`a year · ${formatHours(report.potentialTotal.hoursFreedPerYear)} freed`}
          strong
        />
        <Stat
          label={`Realized (${report.realizedTotal.count})`}
          value={formatMoney(report.realizedTotal.costSavedPerYear, c)}
          sub={`a year · ${formatHours(report.realizedTotal.hoursFreedPerYear)} freed, from done decisions`}
          testId="realized"
        />
        {(['remove', 'automate', 'delegate'] as const).map((a) => (
          <Stat
            key={a}
            label={`${ACTION_LABELS[a]} (${report.potential[a].count})`}
            value={formatMoney(report.potential[a].costSavedPerYear, c)}
            sub={
              a === 'delegate'
                ? `${formatHours(report.potential[a].hoursFreedPerYear)} freed for the performers`
                : `${formatHours(report.potential[a].hoursSavedPerYear)} saved a year`
            }
            testId={`potential-${a}`}
          />
        ))}
      </section>

      <ReportCharts report={report} />

      {report.bySystem.length > 0 && (
        <section aria-labelledby="by-system-heading" className="space-y-2">
          <h2 id="by-system-heading" className="text-lg font-semibold">
            By system
          </h2>
          <Table
            footer={
              report.bySystemCount > report.bySystem.length &&
              `The ${report.bySystem.length} systems with the most hours of ${report.bySystemCount}: zoom in or download the CSV for the rest.`
            }
          >
            <THead>
              <Th>System</Th>
              <Th numeric>Hours / year</Th>
              <Th numeric>Cost / year</Th>
              <Th numeric>Potential savings</Th>
              <Th numeric>Realized savings</Th>
            </THead>
            <TBody>
              {report.bySystem.map((s) => (
                <tr key={s.systemId ?? 'own'} data-testid="system-savings">
                  <Td>
                    {s.systemId ? (
                      <Link href={zoom(s.systemId)} className="text-brand-700 hover:underline">
                        {s.name}
                      </Link>
                    ) : (
                      s.name
                    )}
                  </Td>
                  <Td numeric>{formatHours(s.hoursPerYear)}</Td>
                  <Td numeric>{formatMoney(s.costPerYear, c)}</Td>
                  <Td numeric>{formatMoney(s.costSavedPerYear, c)}</Td>
                  <Td numeric>{formatMoney(s.realizedCostSavedPerYear, c)}</Td>
                </tr>
              ))}
            </TBody>
          </Table>
        </section>
      )}
    </>
  );
}
