'use client';

import { Combobox, type ComboOption } from '@/components/ui/combobox';
import { useTRPC } from '@/trpc/client';

/** Chooses a teammate by searching the team's members on the server as the user types. */
export function MemberPicker({
  teamId,
  label,
  value,
  onChange,
  noneLabel,
  name,
  error,
  className,
}: {
  teamId: string;
  label: string;
  value: ComboOption | null;
  onChange: (option: ComboOption | null) => void;
  /** The choice of nobody ("Unassigned", "No owner"). */
  noneLabel: string;
  name?: string;
  error?: string;
  className?: string;
}) {
  const trpc = useTRPC();
  return (
    <Combobox
      label={label}
      selected={value}
      onSelect={onChange}
      clearLabel={noneLabel}
      name={name}
      error={error}
      variant="field"
      className={className}
      queryFor={(q) =>
        trpc.member.search.queryOptions(
          { teamId, q },
          {
            select: (rows) =>
              rows.map((m) => ({ id: m.membershipId, label: m.name, detail: m.email })),
          },
        )
      }
    />
  );
}
