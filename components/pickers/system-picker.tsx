'use client';

import { Combobox, type ComboOption } from '@/components/ui/combobox';
import { useTRPC } from '@/trpc/client';

/** Chooses a live system by searching names on the server; empty choice is the top level. */
export function SystemPicker({
  teamId,
  label,
  value,
  onChange,
  topLabel,
  exclude,
  name,
  error,
}: {
  teamId: string;
  label: string;
  value: ComboOption | null;
  onChange: (option: ComboOption | null) => void;
  topLabel: string;
  /** A system that, with everything under it, is not a valid choice (moving it). */
  exclude?: string;
  name?: string;
  error?: string;
}) {
  const trpc = useTRPC();
  return (
    <Combobox
      label={label}
      selected={value}
      onSelect={onChange}
      clearLabel={topLabel}
      name={name}
      error={error}
      variant="field"
      queryFor={(q) =>
        trpc.system.search.queryOptions(
          { teamId, q, exclude },
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
