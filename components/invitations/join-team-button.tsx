'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { useHydrated } from '@/components/forms/use-hydrated';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useTRPC } from '@/trpc/client';

/**
 * Joins the team. `autoJoin` is set when the visitor signed up or in from this invitation:
 * they already said yes, so they go straight in.
 */
export function JoinTeamButton({
  token,
  teamName,
  autoJoin,
}: {
  token: string;
  teamName: string;
  autoJoin: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const hydrated = useHydrated();
  const accept = useMutation(
    trpc.invitation.accept.mutationOptions({
      onSuccess: ({ teamSlug }) => {
        router.replace(`/t/${teamSlug}`);
        router.refresh();
      },
    }),
  );
  const started = useRef(false);
  useEffect(() => {
    if (autoJoin && !started.current) {
      started.current = true;
      accept.mutate({ token });
    }
  }, [autoJoin, accept, token]);

  return (
    <div className="space-y-3">
      {accept.error && <Alert>{accept.error.message}</Alert>}
      <Button
        className="w-full"
        disabled={!hydrated || accept.isPending || accept.isSuccess}
        onClick={() => accept.mutate({ token })}
      >
        {accept.isPending || accept.isSuccess ? 'Joining…' : `Join ${teamName}`}
      </Button>
    </div>
  );
}
