'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toast } from '@/components/ui/toast';
import { useHydrated } from '@/components/forms/use-hydrated';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useTRPC } from '@/trpc/client';

/** The demo team's reset: anyone in the shared demo may put it back as it was first. */
export function ResetDemo({ teamId, teamSlug }: { teamId: string; teamSlug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const reset = useMutation(trpc.team.resetDemo.mutationOptions());

  async function onConfirm() {
    try {
      const { slug } = await reset.mutateAsync({ teamId });
      setOpen(false);
      toast.success('The demo is back to its first state.');
      // A visitor may have changed the web address: the reset gives the demo its own back.
      if (slug !== teamSlug) router.replace(`/t/${slug}/settings`);
      router.refresh();
      // Whatever the browser holds of the old demo (report pages, counts) is read again.
      void queryClient.invalidateQueries();
    } catch (err) {
      setOpen(false);
      toast.error((err as Error).message);
    }
  }

  return (
    <div aria-labelledby="reset-demo-heading" role="group" className="space-y-3">
      <h3 id="reset-demo-heading" className="text-sm font-semibold text-slate-900">
        Reset demo
      </h3>
      <p className="text-sm text-slate-600">
        This is the shared demo: everyone who tries it works in the same team. Resetting puts its
        systems, processes, people and settings back as they were at first, and drops every change,
        verdict, hand-off and invitation made since, by you or anyone else. The demo accounts and
        their password stay.
      </p>
      <Button
        variant="danger"
        disabled={!hydrated || reset.isPending}
        onClick={() => setOpen(true)}
      >
        Reset demo
      </Button>
      <ConfirmDialog
        open={open}
        title="Reset the demo?"
        confirmLabel={reset.isPending ? 'Resetting…' : 'Reset demo'}
        pending={reset.isPending}
        onConfirm={onConfirm}
        onCancel={() => setOpen(false)}
      >
        Every change made in the demo since it was first set up is lost, for every visitor.
      </ConfirmDialog>
    </div>
  );
}
