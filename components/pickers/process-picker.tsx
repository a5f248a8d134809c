'use client';

import { useTRPC } from '@/trpc/client';
import { PickerField, type PickerProps } from './picker-field';

/** Chooses a process of the team by searching names on the server as the user types. */
export function ProcessPicker({
  excludeId,
  ...props
}: PickerProps & {
  /** The process being edited, which cannot link to itself. */
  excludeId?: string;
}) {
  const trpc = useTRPC();
  return (
    <PickerField
      {...props}
      clearLabel="None"
      queryFor={(q) =>
        trpc.process.search.queryOptions(
          { teamId: props.teamId, q, excludeId },
          {
            select: (rows) => rows.map((p) => ({ id: p.id, label: p.name, detail: p.systemName })),
          },
        )
      }
    />
  );
}
