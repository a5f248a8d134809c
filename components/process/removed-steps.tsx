import { Button } from '@/components/ui/button';

/** Steps removed through the report: out of the process and its totals, restorable here. */
export function RemovedSteps({
  steps,
  canRestore,
  restoring,
  onRestore,
}: {
  steps: { id: string; title: string }[];
  canRestore: boolean;
  restoring: boolean;
  onRestore: (step: { id: string; title: string }) => void;
}) {
  if (steps.length === 0) return null;
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer text-sm font-medium text-slate-700">
        Removed steps ({steps.length})
      </summary>
      <p className="mt-2 text-xs text-slate-500">
        Removed through the streamlining report: out of the process and its totals, kept here and in
        the history.
      </p>
      <ul className="mt-2 divide-y divide-slate-100">
        {steps.map((s) => (
          <li key={s.id} className="flex items-center justify-between py-2 text-sm">
            <span className="text-slate-600 line-through decoration-slate-300">{s.title}</span>
            {canRestore && (
              <Button
                variant="ghost"
                className="px-2 py-1"
                disabled={restoring}
                aria-label={`Restore ${s.title}`}
                onClick={() => onRestore(s)}
              >
                Restore
              </Button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
