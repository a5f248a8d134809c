import type { AssignmentKind, AssignmentStatus } from './types';

export const STATUS_LABELS: Record<AssignmentStatus, string> = {
  assigned: 'Assigned',
  accepted: 'Accepted',
  done: 'Done',
  declined: 'Declined',
};

const STATUS_STYLES: Record<AssignmentStatus, string> = {
  assigned: 'bg-amber-50 text-amber-800 ring-amber-200',
  accepted: 'bg-brand-50 text-brand-700 ring-brand-100',
  done: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
  declined: 'bg-slate-100 text-slate-700 ring-slate-200',
};

export const KIND_LABELS: Record<AssignmentKind, string> = {
  delegate: 'Hand-off',
  automate: 'Automation',
};

const KIND_STYLES: Record<AssignmentKind, string> = {
  delegate: 'bg-violet-50 text-violet-800 ring-violet-200',
  automate: 'bg-sky-50 text-sky-800 ring-sky-200',
};

const badge = 'inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1';

export function StatusBadge({ status }: { status: AssignmentStatus }) {
  return (
    <span className={`${badge} ${STATUS_STYLES[status]}`} data-testid="assignment-status">
      {STATUS_LABELS[status]}
    </span>
  );
}

export function KindBadge({ kind }: { kind: AssignmentKind }) {
  return <span className={`${badge} ${KIND_STYLES[kind]}`}>{KIND_LABELS[kind]}</span>;
}
