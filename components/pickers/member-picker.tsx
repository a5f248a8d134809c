'use client';

import { useTRPC } from '@/trpc/client';
import { PickerField, type PickerProps } from './picker-field';

/** Chooses a teammate by searching the team's members on the server as the user types. */
export function MemberPicker({
  noneLabel,
  ...props
}: PickerProps & {
  /** The choice of nobody ("Unassigned", "No owner"). */
  noneLabel: string;
}) {
  const trpc = useTRPC();
  return (
    <PickerField
      {...props}
      clearLabel={noneLabel}
      queryFor={(q) =>
        trpc.member.search.queryOptions(
          { teamId: props.teamId, q },
          {
            select: (rows) =>
              rows.map((m) => ({ id: m.membershipId, label: m.name, detail: m.email })),
          },
        )
      }
    />
  );
}
