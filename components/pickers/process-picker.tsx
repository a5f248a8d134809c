'use client';

import { Combobox, type ComboOption } from '@/components/ui/combobox';
import { useTRPC } from '@/trpc/client';

/** Chooses a process of the team by searching names on the server as the user types. */
export function ProcessPicker({
  teamId,
  label,
  value,
  onChange,
  excludeId,
  error,
}: {
  teamId: string;
  label: string;
  value: ComboOption | null;
  onChange: (option: ComboOption | null) => void;
  /** The process being edited, which cannot link to itself. */
  excludeId?: string;
  error?: string;
}) {
  const trpc = useTRPC();
  return (
    <Combobox
      label={label}
      selected={value}
      onSelect={onChange}
      clearLabel="None"
      error={error}
      variant="field"
      queryFor={(q) =>
        trpc.process.search.queryOptions(
          { teamId, q, excludeId },
          {
            select: (rows) => rows.map((p) => ({ id: p.id, label: p.name, detail: p.systemName })),
          },
        )
      }
    />
  );
}
