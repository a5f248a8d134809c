'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { toast } from '@/components/ui/toast';
import { useTRPC } from '@/trpc/client';

/** Leaving a team, after a confirmation; lands on the home page. */
export function LeaveButton({ teamId }: { teamId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const leave = useMutation(trpc.member.leave.mutationOptions());
  async function confirmLeave() {
    try {
      await leave.mutateAsync({ teamId });
      router.replace('/');
      router.refresh();
    } catch (err) {
      setConfirming(false);
      toast.error((err as Error).message);
    }
  }
  return (
    <>
      <Button variant="ghost" className="px-3 py-1.5" onClick={() => setConfirming(true)}>
        Leave team
      </Button>
      <ConfirmDialog
        open={confirming}
        title="Leave this team?"
        confirmLabel="Leave team"
        pending={leave.isPending}
        onConfirm={() => void confirmLeave()}
        onCancel={() => setConfirming(false)}
      >
        You will lose access to its systems and processes until someone invites you again.
      </ConfirmDialog>
    </>
  );
}
