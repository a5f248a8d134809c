'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatHours, formatMoney } from '@/server/analysis/format';
import { ACTION_COLOR, ACTION_LABEL } from './labels';
import type { ReportData } from './types';

const money = (currency: string) => (v: number) => formatMoney(v, currency);
const shortMoney = (currency: string) => (v: number) =>
  Math.abs(v) >= 1000 ? `${formatMoney(v / 1000, currency)}k` : formatMoney(v, currency);

function ChartCard({
  title,
  summary,
  children,
}: {
  title: string;
  summary: string;
  children: React.ReactNode;
}) {
  return (
    <figure className="rounded-xl border border-slate-200 bg-white p-4 print:break-inside-avoid">
      <figcaption className="mb-2 text-sm font-medium text-slate-700">{title}</figcaption>
      {/* Charts are pictures: the same numbers are in the text summary and the table below. */}
      <p className="sr-only">{summary}</p>
      <div className="h-56" aria-hidden>
        {children}
      </div>
    </figure>
  );
}

/** Savings by action, the top steps as a Pareto chart, and where the time goes by system. */
export function ReportCharts({ report }: { report: ReportData }) {
  const c = report.currency;
  const byAction = (['remove', 'automate', 'delegate'] as const).map((a) => ({
    action: a,
    name: ACTION_LABEL[a],
    saved: report.potential[a].costSavedPerYear,
  }));
  const pareto = report.pareto.map((p, i) => ({
    ...p,
    rank: `${i + 1}`,
    share: Math.round(p.cumulativeShare * 100),
  }));
  const bySystem = report.bySystem
    .slice(0, 8)
    .map((s) => ({ name: s.name, hours: Math.round(s.hoursPerYear * 10) / 10 }));

  return (
    <div className="grid gap-4 lg:grid-cols-3">
      <ChartCard
        title="Potential savings by action (per year)"
        summary={byAction.map((b) => `${b.name}: ${formatMoney(b.saved, c)}`).join('; ')}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            accessibilityLayer={false}
            data={byAction}
            margin={{ top: 8, right: 8, left: 8, bottom: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={shortMoney(c)} tick={{ fontSize: 11 }} width={56} />
            <Tooltip formatter={(v) => money(c)(Number(v))} />
            <Bar dataKey="saved" name="Saved per year" isAnimationActive={false}>
              {byAction.map((b) => (
                <Cell key={b.action} fill={ACTION_COLOR[b.action]} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard
        title="Top steps: savings and cumulative share (Pareto)"
        summary={pareto
          .map(
            (p) =>
              `${p.rank}. ${p.label}: ${formatMoney(p.costSavedPerYear, c)}, ${p.share}% cumulative`,
          )
          .join('; ')}
      >
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            accessibilityLayer={false}
            data={pareto}
            margin={{ top: 8, right: 8, left: 8, bottom: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="rank" tick={{ fontSize: 11 }} />
            <YAxis
              yAxisId="money"
              tickFormatter={shortMoney(c)}
              tick={{ fontSize: 11 }}
              width={56}
            />
            <YAxis
              yAxisId="share"
              orientation="right"
              domain={[0, 100]}
              tickFormatter={(v) => `${v}%`}
              tick={{ fontSize: 11 }}
              width={40}
            />
            <Tooltip
              labelFormatter={(_, items) => String(items?.[0]?.payload?.label ?? '')}
              formatter={(v, name) => (name === 'Cumulative share' ? `${v}%` : money(c)(Number(v)))}
            />
            <Bar
              yAxisId="money"
              dataKey="costSavedPerYear"
              name="Saved per year"
              isAnimationActive={false}
            >
              {pareto.map((p) => (
                <Cell key={p.stepId} fill={ACTION_COLOR[p.action]} />
              ))}
            </Bar>
            <Line
              yAxisId="share"
              dataKey="share"
              name="Cumulative share"
              stroke="#0f172a"
              dot={{ r: 2 }}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard
        title="Where the time goes (hours per year)"
        summary={bySystem.map((s) => `${s.name}: ${formatHours(s.hours)}`).join('; ')}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            accessibilityLayer={false}
            data={bySystem}
            layout="vertical"
            margin={{ top: 8, right: 16, left: 8, bottom: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tick={{ fontSize: 11 }} />
            <YAxis type="category" dataKey="name" tick={{ fontSize: 11 }} width={110} />
            <Tooltip formatter={(v) => formatHours(Number(v))} />
            <Bar dataKey="hours" name="Hours per year" fill="#1f5ad6" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
    </div>
  );
}
