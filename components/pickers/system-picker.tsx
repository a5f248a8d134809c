'use client';

import { useTRPC } from '@/trpc/client';
import { PickerField, type PickerProps } from './picker-field';

/** Chooses a live system by searching names on the server; empty choice is the top level. */
export function SystemPicker({
  topLabel,
  exclude,
  ...props
}: PickerProps & {
  topLabel: string;
  /** A system that, with everything under it, is not a valid choice (moving it). */
  exclude?: string;
}) {
  const trpc = useTRPC();
  return (
    <PickerField
      {...props}
      clearLabel={topLabel}
      queryFor={(q) =>
        trpc.system.search.queryOptions(
          { teamId: props.teamId, q, exclude },
          {
            select: (rows) =>
              rows.map((s) => ({
                id: s.id,
                label: s.name,
                detail: s.path.slice(0, -1).join(' › ') || undefined,
              })),
          },
        )
      }
    />
  );
}
