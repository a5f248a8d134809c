/** A white bordered panel: the page's unit of grouping. */
export function Card({ className = '', ...props }: React.HTMLAttributes<HTMLDivElement>) {
  return <div className={`rounded-xl border border-slate-200 bg-white ${className}`} {...props} />;
}

/** One figure with its label above and a line of context below (report totals, capacity). */
export function Stat({
  label,
  value,
  sub,
  strong,
  testId,
}: {
  label: string;
  value: string;
  sub?: string;
  /** The figure the page is about: tinted. */
  strong?: boolean;
  testId?: string;
}) {
  return (
    <div
      className={`rounded-xl border p-4 ${strong ? 'border-brand-500/40 bg-brand-50' : 'border-slate-200 bg-white'}`}
      data-testid={testId}
    >
      <p className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</p>
      <p className="mt-1 text-xl font-semibold tabular-nums text-slate-900">{value}</p>
      {sub && <p className="text-xs text-slate-600">{sub}</p>}
    </div>
  );
}
