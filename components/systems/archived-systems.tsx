'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { toast } from '@/components/ui/toast';
import { Button } from '@/components/ui/button';
import { useTRPC } from '@/trpc/client';

export function ArchivedSystems({
  teamId,
  systems,
}: {
  teamId: string;
  systems: { id: string; name: string; archivedAt: Date }[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const restore = useMutation(trpc.system.setArchived.mutationOptions());
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-4">
      <summary className="cursor-pointer text-sm font-medium text-slate-700">
        Archived here ({systems.length})
      </summary>
      <ul className="mt-3 divide-y divide-slate-100">
        {systems.map((s) => (
          <li key={s.id} className="flex items-center justify-between py-2 text-sm">
            <span className="text-slate-600">{s.name}</span>
            <Button
              variant="ghost"
              className="px-2 py-1"
              disabled={restore.isPending}
              onClick={async () => {
                try {
                  await restore.mutateAsync({ teamId, systemId: s.id, archived: false });
                  toast.success(`${s.name} restored.`);
                  router.refresh();
                } catch (err) {
                  toast.error((err as Error).message);
                }
              }}
            >
              Restore
            </Button>
          </li>
        ))}
      </ul>
    </details>
  );
}
