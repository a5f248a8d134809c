import { formatHours, formatMoney } from '@/lib/format';
import { ACTION_LABELS } from '@/lib/labels';
import { ACTION_COLOR } from './labels';
import type { ReportData } from './types';

/**
 * The report's three charts as plain bars: every bar is labelled with what it is and its value,
 * so the charts read without hovering, print, and cost no charting library in the page.
 */

function ChartCard({
  title,
  empty,
  children,
}: {
  title: string;
  /** Shown instead of empty axes when there is nothing to draw. */
  empty: string | null;
  children: React.ReactNode;
}) {
  return (
    <figure className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 print:break-inside-avoid">
      <figcaption className="mb-3 text-sm font-medium text-slate-700">{title}</figcaption>
      {empty ? <p className="text-sm text-slate-600">{empty}</p> : children}
    </figure>
  );
}

/** A labelled horizontal bar; `share` is 0..1 of the widest bar. */
function Bar({
  label,
  value,
  share,
  color,
  note,
}: {
  label: string;
  value: string;
  share: number;
  color: string;
  note?: string;
}) {
  return (
    <li className="text-xs">
      <div className="flex items-baseline justify-between gap-2">
        <span className="min-w-0 truncate text-slate-700" title={label}>
          {label}
        </span>
        <span className="shrink-0 tabular-nums text-slate-900">
          {value}
          {note && <span className="ml-1 text-slate-600">{note}</span>}
        </span>
      </div>
      <div className="mt-0.5 h-2 rounded-full bg-slate-100" aria-hidden>
        <div
          className="h-2 rounded-full print:[print-color-adjust:exact]"
          style={{
            width: `${Math.max(share * 100, share > 0 ? 1.5 : 0)}%`,
            backgroundColor: color,
          }}
        />
      </div>
    </li>
  );
}

/** Savings by action, the top steps with their cumulative share (Pareto), time by system. */
export function ReportCharts({ report }: { report: ReportData }) {
  const c = report.currency;
  const byAction = (['remove', 'automate', 'delegate'] as const).map((a) => ({
    action: a,
    saved: report.potential[a].costSavedPerYear,
  }));
  const maxSaved = Math.max(...byAction.map((b) => b.saved), 0);
  const maxStep = Math.max(...report.pareto.map((p) => p.costSavedPerYear), 0);
  const systems = report.bySystem.slice(0, 8);
  const maxHours = Math.max(...systems.map((s) => s.hoursPerYear), 0);
  const nothingLeft = 'Nothing left to save here: every finding is kept, dismissed or done.';

  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <ChartCard
        title="Potential savings by action (per year)"
        empty={maxSaved > 0 ? null : nothingLeft}
      >
        <ul className="space-y-3">
          {byAction.map((b) => (
            <Bar
              key={b.action}
              label={ACTION_LABELS[b.action]}
              value={formatMoney(b.saved, c)}
              share={maxSaved > 0 ? b.saved / maxSaved : 0}
              color={ACTION_COLOR[b.action]}
            />
          ))}
        </ul>
      </ChartCard>
      <ChartCard
        title="Top steps: savings and cumulative share (Pareto)"
        empty={report.pareto.length > 0 ? null : nothingLeft}
      >
        <ol className="space-y-2">
          {report.pareto.map((p, i) => (
            <Bar
              key={p.stepId}
              label={`${i + 1}. ${p.label}`}
              value={formatMoney(p.costSavedPerYear, c)}
              note={`· ${Math.round(p.cumulativeShare * 100)}%`}
              share={maxStep > 0 ? p.costSavedPerYear / maxStep : 0}
              color={ACTION_COLOR[p.action]}
            />
          ))}
        </ol>
      </ChartCard>
      <ChartCard
        title="Where the time goes (hours per year)"
        empty={systems.length > 0 ? null : 'No documented hours here yet.'}
      >
        <ul className="space-y-3">
          {systems.map((s) => (
            <Bar
              key={s.systemId ?? 'own'}
              label={s.name}
              value={formatHours(s.hoursPerYear)}
              share={maxHours > 0 ? s.hoursPerYear / maxHours : 0}
              color="#1f5ad6"
            />
          ))}
        </ul>
      </ChartCard>
    </div>
  );
}
