'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useWatch } from 'react-hook-form';
import { toast } from '@/components/ui/toast';
import { useHydrated } from '@/components/forms/use-hydrated';
import { Button } from '@/components/ui/button';
import { applyServerErrors, FormAlert, useZodForm } from '@/components/ui/form';
import { deleteTeamInput } from '@/server/routers/team.schema';
import { useTRPC } from '@/trpc/client';
import { FormField } from '@/components/ui/form-fields';

/**
 * Deleting the team, for its owners: what goes, the export to keep first, and the team's name
 * typed again before the button works. The server checks the name too.
 */
export function DeleteTeam({
  teamId,
  teamName,
  teamSlug,
}: {
  teamId: string;
  teamName: string;
  teamSlug: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const hydrated = useHydrated();
  const remove = useMutation(trpc.team.delete.mutationOptions());
  const form = useZodForm(deleteTeamInput, { defaultValues: { confirmName: '' } });
  const typed = useWatch({ control: form.control, name: 'confirmName' });
  const matches = typed.trim() === teamName;

  const onSubmit = form.handleSubmit(async (values) => {
    if (!matches) return;
    try {
      await remove.mutateAsync({ teamId, ...values });
      toast.success(`${teamName} was deleted.`);
      // The front door takes the user to another of their teams, or to naming a new one.
      router.push('/');
    } catch (err) {
      applyServerErrors(form, err);
    }
  });

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="delete-team-heading"
      className="space-y-3"
    >
      <h3 id="delete-team-heading" className="text-sm font-semibold text-slate-900">
        Delete this team
      </h3>
      <p className="text-sm text-slate-600">
        This deletes {teamName} for everyone in it: its systems, processes and steps, the
        report&apos;s verdicts, hand-offs and realized savings, notifications, pending invitations
        and the activity log. Members keep their accounts and their other teams. It cannot be
        undone.
      </p>
      <p className="text-sm">
        <a
          href={`/t/${teamSlug}/export.json`}
          download
          className="font-medium text-brand-700 hover:underline"
        >
          Download everything first (JSON)
        </a>
        <span className="text-slate-500">
          {' '}
          — the systems, processes and steps, in the format the Import page reads.
        </span>
      </p>
      <FormAlert form={form} />
      {/* Once submitted, typing checks the box again, which clears the server's refusal. */}
      <FormField
        form={form}
        name="confirmName"
        label={`Type ${teamName} to confirm`}
        autoComplete="off"
        spellCheck={false}
        className="max-w-sm"
      />
      <Button
        type="submit"
        variant="danger"
        className="disabled:opacity-50"
        disabled={!hydrated || !matches || remove.isPending}
      >
        {remove.isPending ? 'Deleting…' : 'Delete this team'}
      </Button>
    </form>
  );
}
