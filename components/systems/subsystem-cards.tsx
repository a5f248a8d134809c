'use client';

import { useMutation } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toast } from '@/components/ui/toast';
import { TotalsLine, type LevelTotals } from './totals';
import { useTRPC } from '@/trpc/client';

export type SubsystemCard = {
  id: string;
  name: string;
  description: string;
  ownerName: string | null;
  totals: LevelTotals;
  subsystems: { id: string; name: string }[];
  subsystemCount: number;
  processes: { id: string; name: string }[];
  processCount: number;
};

/** The systems one level down, as cards to zoom into; arrows reorder them. */
export function SubsystemCards({
  teamId,
  teamSlug,
  parentId,
  cards,
}: {
  teamId: string;
  teamSlug: string;
  parentId: string | null;
  cards: SubsystemCard[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [order, setOrder] = useState(cards);
  const reorder = useMutation(trpc.system.reorder.mutationOptions());
  // Server data wins when it changes (after a refresh).
  const [seen, setSeen] = useState(cards);
  if (seen !== cards) {
    setSeen(cards);
    setOrder(cards);
  }

  async function shift(index: number, by: -1 | 1) {
    const next = [...order];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved!);
    const previous = order;
    setOrder(next);
    try {
      await reorder.mutateAsync({ teamId, parentId, orderedIds: next.map((c) => c.id) });
      router.refresh();
    } catch (err) {
      setOrder(previous);
      toast.error((err as Error).message);
    }
  }

  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Systems">
      {order.map((card, i) => (
        <li
          key={card.id}
          className="group relative flex flex-col rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-500/50 hover:shadow"
        >
          <div className="flex items-start justify-between gap-2">
            <h3 className="text-base font-semibold">
              <Link
                href={`/t/${teamSlug}/systems/${card.id}`}
                className="after:absolute after:inset-0 hover:text-brand-700"
              >
                {card.name}
              </Link>
            </h3>
            <div className="relative z-10 flex gap-0.5 opacity-60 group-hover:opacity-100">
              <button
                data-needs-js=""
                type="button"
                aria-label={`Move ${card.name} earlier`}
                disabled={i === 0 || reorder.isPending}
                onClick={() => void shift(i, -1)}
                className="rounded px-1.5 text-slate-500 hover:bg-slate-100 disabled:invisible"
              >
                ←
              </button>
              <button
                data-needs-js=""
                type="button"
                aria-label={`Move ${card.name} later`}
                disabled={i === order.length - 1 || reorder.isPending}
                onClick={() => void shift(i, 1)}
                className="rounded px-1.5 text-slate-500 hover:bg-slate-100 disabled:invisible"
              >
                →
              </button>
            </div>
          </div>
          {card.description && (
            <p className="mt-1 line-clamp-2 text-sm text-slate-600">{card.description}</p>
          )}
          <TotalsLine totals={card.totals} className="mt-3" />
          {(card.subsystems.length > 0 || card.processes.length > 0) && (
            <div className="mt-3 flex flex-wrap gap-1.5 text-xs">
              {card.subsystems.map((s) => (
                <span key={s.id} className="rounded-full bg-brand-50 px-2 py-0.5 text-brand-700">
                  {s.name}
                </span>
              ))}
              {card.subsystemCount > card.subsystems.length && (
                <span className="px-1 text-slate-500">
                  +{card.subsystemCount - card.subsystems.length} more
                </span>
              )}
              {card.processes.slice(0, 4).map((p) => (
                <span key={p.id} className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-600">
                  {p.name}
                </span>
              ))}
              {card.processCount > Math.min(4, card.processes.length) && (
                <span className="px-1 text-slate-500">
                  +{card.processCount - Math.min(4, card.processes.length)} more
                </span>
              )}
            </div>
          )}
          {card.ownerName && (
            <p className="mt-auto pt-3 text-xs text-slate-500">Owner: {card.ownerName}</p>
          )}
        </li>
      ))}
    </ul>
  );
}
