/**
 * What a list or chart shows when it has nothing: what would be here, and the next step to get
 * there — never an empty table or bare axes.
 */
export function EmptyState({
  title,
  children,
  action,
  compact = false,
}: {
  title: string;
  children?: React.ReactNode;
  action?: React.ReactNode;
  /** Inside a card that already has its own border. */
  compact?: boolean;
}) {
  return (
    <div
      className={
        compact
          ? 'py-2 text-sm'
          : 'rounded-xl border border-dashed border-slate-300 bg-white px-6 py-8 text-center text-sm'
      }
    >
      <p className="font-medium text-slate-800">{title}</p>
      {children && <div className="mt-1 text-slate-600">{children}</div>}
      {action && <div className={compact ? 'mt-2' : 'mt-4'}>{action}</div>}
    </div>
  );
}
