'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { fieldMessagesFromServer, type FieldMessages } from '@/components/forms/field-errors';
import { useUnsavedWarning } from '@/components/forms/use-unsaved-warning';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { toast } from '@/components/ui/toast';
import { ROLES, type Role } from '@/db/roles';
import { formatMoney } from '@/lib/format';
import { ROLE_LABELS } from '@/lib/labels';
import { useTRPC } from '@/trpc/client';
import { LeaveButton } from './leave-button';
import { NameCell, type MemberView } from './member-cells';

function numberOrNull(raw: string): number | null {
  return raw.trim() === '' ? null : Number(raw);
}

/** A member's row for owners and admins: role, cost and capacity save as they are edited. */
export function EditableRow({
  teamId,
  member,
  me,
  currency,
  defaultHourlyCost,
}: {
  teamId: string;
  member: MemberView;
  me: { membershipId: string; role: Role };
  currency: string;
  defaultHourlyCost: number;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [role, setRole] = useState<Role>(member.role);
  const [cost, setCost] = useState(member.hourlyCost === null ? '' : String(member.hourlyCost));
  const [capacity, setCapacity] = useState(String(member.weeklyCapacityHours));
  const [errors, setErrors] = useState<FieldMessages>({});
  const [confirming, setConfirming] = useState(false);
  const update = useMutation(trpc.member.update.mutationOptions());
  const remove = useMutation(trpc.member.remove.mutationOptions());
  const isMe = member.membershipId === me.membershipId;
  // Only owners give or take the owner role; the server enforces it too.
  const roleLocked = me.role !== 'owner' && member.role === 'owner';

  // What the server has: compared with what is typed, it says whether there is work to save.
  const [stored, setStored] = useState({
    role: member.role,
    hourlyCost: member.hourlyCost,
    weeklyCapacityHours: member.weeklyCapacityHours,
  });
  const inFlight = useRef(false);
  const [saved, setSaved] = useState(false);
  const differs = (r: Role) =>
    r !== stored.role ||
    numberOrNull(cost) !== stored.hourlyCost ||
    Number(capacity) !== stored.weeklyCapacityHours;
  const dirty = differs(role);
  useUnsavedWarning(dirty);
  // Someone else changed this member (or the page refreshed after a save): show the stored
  // values, unless there is typing here that is not saved yet.
  const [seen, setSeen] = useState(member);
  if (seen !== member) {
    setSeen(member);
    if (!dirty) {
      const next = {
        role: member.role,
        hourlyCost: member.hourlyCost,
        weeklyCapacityHours: member.weeklyCapacityHours,
      };
      setStored(next);
      setRole(next.role);
      setCost(next.hourlyCost === null ? '' : String(next.hourlyCost));
      setCapacity(String(next.weeklyCapacityHours));
    }
  }

  /** Saves on Enter, on leaving a field and on choosing a role; only when something changed. */
  async function save(nextRole: Role = role) {
    if (inFlight.current || !differs(nextRole)) return;
    inFlight.current = true;
    setErrors({});
    setSaved(false);
    const values = {
      hourlyCost: numberOrNull(cost),
      weeklyCapacityHours: capacity.trim() === '' ? Number.NaN : Number(capacity),
    };
    try {
      // Only what changed, so editing an owner's cost never reads as a change to their role.
      await update.mutateAsync({
        teamId,
        membershipId: member.membershipId,
        ...(nextRole !== stored.role ? { role: nextRole } : {}),
        ...values,
      });
      setStored({ role: nextRole, ...values });
      setSaved(true);
      // One toast per row, updated in place: a role and a cost saved in turn are one message.
      toast.success(`Saved ${member.name}.`, { id: `member-saved-${member.membershipId}` });
      router.refresh();
    } catch (err) {
      const fields = fieldMessagesFromServer(err);
      setErrors(fields);
      if (!Object.values(fields).some(Boolean)) toast.error((err as Error).message);
    } finally {
      inFlight.current = false;
    }
  }
  const saveOnEnter = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') void save();
  };

  async function confirmRemove() {
    try {
      await remove.mutateAsync({ teamId, membershipId: member.membershipId });
      toast.success(`${member.name} was removed from the team.`);
      setConfirming(false);
      router.refresh();
    } catch (err) {
      setConfirming(false);
      toast.error((err as Error).message);
    }
  }

  const inputClass = (error?: string) =>
    `w-28 rounded-md border px-2 py-1.5 text-sm ${error ? 'border-red-500' : 'border-slate-300'}`;

  return (
    <tr data-testid={`member-${member.email}`} className="align-top">
      <NameCell member={member} isMe={isMe} />
      <td className="px-4 py-3">
        <label className="sr-only" htmlFor={`role-${member.membershipId}`}>
          Role of {member.name}
        </label>
        <select
          id={`role-${member.membershipId}`}
          value={role}
          disabled={roleLocked}
          onChange={(e) => {
            const next = e.target.value as Role;
            setRole(next);
            void save(next);
          }}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
        >
          {ROLES.filter((r) => r !== 'owner' || me.role === 'owner' || member.role === 'owner').map(
            (r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ),
          )}
        </select>
        {errors.role && <p className="mt-1 max-w-48 text-xs text-red-600">{errors.role}</p>}
      </td>
      <td className="px-4 py-3">
        <label className="sr-only" htmlFor={`cost-${member.membershipId}`}>
          Hourly cost of {member.name} ({currency})
        </label>
        <input
          id={`cost-${member.membershipId}`}
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          value={cost}
          placeholder={`${formatMoney(defaultHourlyCost, currency)} default`}
          onChange={(e) => {
            setCost(e.target.value);
            setSaved(false);
          }}
          onBlur={() => void save()}
          onKeyDown={saveOnEnter}
          aria-invalid={errors.hourlyCost ? true : undefined}
          className={inputClass(errors.hourlyCost)}
        />
        <span className="ml-1 text-xs text-slate-500">{currency}/h</span>
        {errors.hourlyCost && <p className="mt-1 text-xs text-red-600">{errors.hourlyCost}</p>}
      </td>
      <td className="px-4 py-3">
        <label className="sr-only" htmlFor={`capacity-${member.membershipId}`}>
          Weekly capacity of {member.name} (hours)
        </label>
        <input
          id={`capacity-${member.membershipId}`}
          type="number"
          min={0}
          max={80}
          step="any"
          inputMode="decimal"
          value={capacity}
          onChange={(e) => {
            setCapacity(e.target.value);
            setSaved(false);
          }}
          onBlur={() => void save()}
          onKeyDown={saveOnEnter}
          aria-invalid={errors.weeklyCapacityHours ? true : undefined}
          className={inputClass(errors.weeklyCapacityHours)}
        />
        <span className="ml-1 text-xs text-slate-500">h/week</span>
        {errors.weeklyCapacityHours && (
          <p className="mt-1 text-xs text-red-600">{errors.weeklyCapacityHours}</p>
        )}
      </td>
      <td className="space-x-2 whitespace-nowrap px-4 py-3 text-right">
        <span role="status" className="text-xs text-slate-500">
          {update.isPending ? 'Saving…' : saved && !dirty ? '✓ Saved' : ''}
        </span>
        {(dirty || update.isPending) && (
          <Button onClick={() => void save()} disabled={update.isPending} className="px-3 py-1.5">
            Save
          </Button>
        )}
        {isMe ? (
          <LeaveButton teamId={teamId} />
        ) : (
          !roleLocked && (
            <Button
              variant="ghost"
              className="px-3 py-1.5 text-red-700"
              onClick={() => setConfirming(true)}
            >
              Remove
            </Button>
          )
        )}
        <ConfirmDialog
          open={confirming}
          title={`Remove ${member.name}?`}
          confirmLabel="Remove from team"
          pending={remove.isPending}
          onConfirm={() => void confirmRemove()}
          onCancel={() => setConfirming(false)}
        >
          {member.name} loses access to this team at once. Steps they perform stay documented.
        </ConfirmDialog>
      </td>
    </tr>
  );
}
