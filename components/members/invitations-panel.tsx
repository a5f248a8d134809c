'use client';

import { formatDate } from '@/lib/format';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toast } from '@/components/ui/toast';
import { useHydrated } from '@/components/forms/use-hydrated';
import { Button } from '@/components/ui/button';
import { applyServerErrors, FormAlert, useZodForm } from '@/components/ui/form';
import type { Role } from '@/db/roles';
import { inviteSchema } from '@/server/routers/member.schema';
import { useTRPC } from '@/trpc/client';
import { FormField, FormSelect } from '@/components/ui/form-fields';

export type InvitationView = {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  sentAt: Date;
  invitedBy: string | null;
  expired: boolean;
};

type Delivered = { email: string; link: string; emailed: boolean; emailError: string | null };

export function InvitationsPanel({
  teamId,
  invitations,
  canInviteOwners,
}: {
  teamId: string;
  invitations: InvitationView[];
  canInviteOwners: boolean;
}) {
  const [delivered, setDelivered] = useState<Delivered | null>(null);
  return (
    <section
      aria-labelledby="invite-heading"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-5"
    >
      <h2 id="invite-heading" className="text-base font-semibold">
        Invite a teammate
      </h2>
      <InviteForm teamId={teamId} canInviteOwners={canInviteOwners} onDelivered={setDelivered} />
      {delivered && <DeliveredLink delivered={delivered} />}
      <PendingList teamId={teamId} invitations={invitations} onDelivered={setDelivered} />
    </section>
  );
}

function InviteForm({
  teamId,
  canInviteOwners,
  onDelivered,
}: {
  teamId: string;
  canInviteOwners: boolean;
  onDelivered: (d: Delivered) => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const hydrated = useHydrated();
  const create = useMutation(trpc.invitation.create.mutationOptions());
  const form = useZodForm(inviteSchema, { defaultValues: { email: '', role: 'member' } });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const res = await create.mutateAsync({ teamId, ...values });
      onDelivered(res);
      form.reset();
      router.refresh();
    } catch (err) {
      applyServerErrors(form, err);
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-start gap-3">
      {/* Its own row; no empty one (and no gap) when there is nothing to say. */}
      {errors.root?.server && (
        <div className="w-full">
          <FormAlert form={form} />
        </div>
      )}
      <FormField
        form={form}
        name="email"
        label="Email"
        type="email"
        autoComplete="off"
        className="min-w-64 flex-1"
      />
      <FormSelect form={form} name="role" label="Role" className="w-40">
        <option value="member">Member</option>
        <option value="admin">Admin</option>
        {canInviteOwners && <option value="owner">Owner</option>}
      </FormSelect>
      <Button type="submit" className="mt-6" disabled={!hydrated || create.isPending}>
        {create.isPending ? 'Inviting…' : 'Send invitation'}
      </Button>
    </form>
  );
}

function DeliveredLink({ delivered }: { delivered: Delivered }) {
  const [copied, setCopied] = useState(false);
  return (
    <div
      className="space-y-2 rounded-md border border-brand-100 bg-brand-50 p-3 text-sm"
      role="status"
    >
      <p>
        {delivered.emailed
          ? `Invitation emailed to ${delivered.email}. You can also share this link:`
          : `${delivered.emailError ?? 'Email is not set up here, so send this link yourself.'} It works once, for ${delivered.email}:`}
      </p>
      <div className="flex gap-2">
        <input
          readOnly
          value={delivered.link}
          aria-label="Invitation link"
          onFocus={(e) => e.currentTarget.select()}
          className="flex-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-xs"
        />
        <Button
          variant="secondary"
          className="px-3 py-1.5"
          onClick={() => {
            void navigator.clipboard?.writeText(delivered.link).then(() => setCopied(true));
          }}
        >
          {copied ? 'Copied' : 'Copy link'}
        </Button>
      </div>
    </div>
  );
}

function PendingList({
  teamId,
  invitations,
  onDelivered,
}: {
  teamId: string;
  invitations: InvitationView[];
  onDelivered: (d: Delivered) => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const resend = useMutation(trpc.invitation.resend.mutationOptions());
  const revoke = useMutation(trpc.invitation.revoke.mutationOptions());

  if (invitations.length === 0) {
    return <p className="text-sm text-slate-500">No pending invitations.</p>;
  }

  async function run<T>(action: () => Promise<T>, done: (v: T) => void) {
    try {
      done(await action());
      router.refresh();
    } catch (err) {
      toast.error((err as Error).message);
    }
  }

  return (
    <div>
      <h3 className="mb-2 text-sm font-medium text-slate-700">Pending invitations</h3>
      <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
        {invitations.map((inv) => (
          <li
            key={inv.id}
            className="flex flex-wrap items-center gap-3 px-3 py-2 text-sm"
            data-testid={`invitation-${inv.email}`}
          >
            <span className="font-medium">{inv.email}</span>
            <span className="rounded bg-slate-100 px-2 py-0.5 text-xs capitalize text-slate-600">
              {inv.role}
            </span>
            <span className={`text-xs ${inv.expired ? 'text-red-600' : 'text-slate-500'}`}>
              {inv.expired ? 'Expired' : `Expires ${formatDate(inv.expiresAt)}`}
              {inv.invitedBy && ` · invited by ${inv.invitedBy}`}
            </span>
            <span className="ml-auto flex gap-1">
              <Button
                variant="ghost"
                className="px-2 py-1"
                disabled={resend.isPending}
                onClick={() =>
                  void run(
                    () => resend.mutateAsync({ teamId, invitationId: inv.id }),
                    (d) => {
                      onDelivered(d);
                      toast.success(`New link made for ${inv.email}.`);
                    },
                  )
                }
              >
                Re-send
              </Button>
              <Button
                variant="ghost"
                className="px-2 py-1 text-red-700"
                disabled={revoke.isPending}
                onClick={() =>
                  void run(
                    () => revoke.mutateAsync({ teamId, invitationId: inv.id }),
                    () => toast.success(`Invitation to ${inv.email} revoked.`),
                  )
                }
              >
                Revoke
              </Button>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
