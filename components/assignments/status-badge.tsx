import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { AssignmentKind, AssignmentStatus } from './types';

export const STATUS_LABELS: Record<AssignmentStatus, string> = {
  assigned: 'Assigned',
  accepted: 'Accepted',
  done: 'Done',
  declined: 'Declined',
};

const STATUS_TONES: Record<AssignmentStatus, BadgeTone> = {
  assigned: 'amber',
  accepted: 'brand',
  done: 'emerald',
  declined: 'neutral',
};

export const KIND_LABELS: Record<AssignmentKind, string> = {
  delegate: 'Hand-off',
  automate: 'Automation',
};

const KIND_TONES: Record<AssignmentKind, BadgeTone> = {
  delegate: 'violet',
  automate: 'sky',
};

export function StatusBadge({ status }: { status: AssignmentStatus }) {
  return (
    <Badge tone={STATUS_TONES[status]} data-testid="assignment-status">
      {STATUS_LABELS[status]}
    </Badge>
  );
}

export function KindBadge({ kind }: { kind: AssignmentKind }) {
  return <Badge tone={KIND_TONES[kind]}>{KIND_LABELS[kind]}</Badge>;
}
