'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import {
  fieldMessagesFromServer,
  formMessageFromServer,
  type FieldMessages,
} from '@/components/forms/field-errors';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Field } from '@/components/ui/field';
import { MemberPicker } from '@/components/pickers/member-picker';
import { SystemPicker } from '@/components/pickers/system-picker';
import type { ComboOption } from '@/components/ui/combobox';
import { useTRPC } from '@/trpc/client';

type Props = {
  teamId: string;
  teamSlug: string;
  system: {
    id: string;
    name: string;
    description: string;
    parentId: string | null;
    ownerMembershipId: string | null;
    ownerName: string | null;
    parentName: string | null;
    archived: boolean;
  };
};

/** The system's own tools: edit, move, archive or restore. */
export function SystemActions({ teamId, teamSlug, system }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [mode, setMode] = useState<'idle' | 'edit' | 'move' | 'archive'>('idle');
  const [fields, setFields] = useState<FieldMessages>({});
  const [owner, setOwner] = useState<ComboOption | null>(null);
  const [parent, setParent] = useState<ComboOption | null>(null);
  const open = (next: 'edit' | 'move') => {
    setOwner(
      system.ownerMembershipId
        ? { id: system.ownerMembershipId, label: system.ownerName ?? '' }
        : null,
    );
    setParent(system.parentId ? { id: system.parentId, label: system.parentName ?? '' } : null);
    setMode(next);
  };
  const [formError, setFormError] = useState('');
  const update = useMutation(trpc.system.update.mutationOptions());
  const move = useMutation(trpc.system.move.mutationOptions());
  const setArchived = useMutation(trpc.system.setArchived.mutationOptions());

  const close = () => {
    setMode('idle');
    setFields({});
    setFormError('');
  };
  const fail = (err: unknown) => {
    setFields(fieldMessagesFromServer(err));
    setFormError(formMessageFromServer(err));
  };

  async function onEdit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const owner = String(data.get('ownerMembershipId') ?? '');
    try {
      await update.mutateAsync({
        teamId,
        systemId: system.id,
        name: String(data.get('name') ?? ''),
        description: String(data.get('description') ?? ''),
        ownerMembershipId: owner || null,
      });
      toast.success('System saved.');
      close();
      router.refresh();
    } catch (err) {
      fail(err);
    }
  }

  async function onMove(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const parent = String(new FormData(e.currentTarget).get('parentId') ?? '');
    try {
      await move.mutateAsync({ teamId, systemId: system.id, parentId: parent || null });
      toast.success(`Moved ${system.name}.`);
      close();
      router.refresh();
    } catch (err) {
      fail(err);
    }
  }

  async function toggleArchived(archived: boolean) {
    try {
      await setArchived.mutateAsync({ teamId, systemId: system.id, archived });
      toast.success(archived ? `${system.name} archived.` : `${system.name} restored.`);
      close();
      if (archived)
        router.push(
          system.parentId ? `/t/${teamSlug}/systems/${system.parentId}` : `/t/${teamSlug}`,
        );
      router.refresh();
    } catch (err) {
      close();
      toast.error((err as Error).message);
    }
  }

  if (system.archived) {
    return (
      <Button
        variant="secondary"
        disabled={setArchived.isPending}
        onClick={() => void toggleArchived(false)}
      >
        Restore system
      </Button>
    );
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => open('edit')}>
          Edit
        </Button>
        <Button variant="secondary" onClick={() => open('move')}>
          Move
        </Button>
        <Button variant="ghost" className="text-red-700" onClick={() => setMode('archive')}>
          Archive
        </Button>
      </div>
      {formError && <Alert>{formError}</Alert>}
      {mode === 'edit' && (
        <form
          onSubmit={onEdit}
          noValidate
          className="space-y-3 rounded-xl border border-slate-200 bg-white p-4"
          aria-label="Edit system"
        >
          <Field label="Name" name="name" defaultValue={system.name} error={fields.name} />
          <Field
            label="Description"
            name="description"
            defaultValue={system.description}
            error={fields.description}
          />
          <MemberPicker
            teamId={teamId}
            label="Owner"
            name="ownerMembershipId"
            noneLabel="No owner"
            value={owner}
            onChange={setOwner}
            error={fields.ownerMembershipId}
          />
          <div className="flex gap-2">
            <Button type="submit" disabled={update.isPending}>
              Save
            </Button>
            <Button variant="ghost" onClick={close}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      {mode === 'move' && (
        <form
          onSubmit={onMove}
          noValidate
          className="space-y-3 rounded-xl border border-slate-200 bg-white p-4"
          aria-label="Move system"
        >
          {/* The system and its own subsystems cannot be its new parent: the search leaves them out. */}
          <SystemPicker
            teamId={teamId}
            label={`Move ${system.name} under`}
            name="parentId"
            topLabel="The business (top level)"
            exclude={system.id}
            value={parent}
            onChange={setParent}
            error={fields.parentId}
          />
          <div className="flex gap-2">
            <Button type="submit" disabled={move.isPending}>
              Move
            </Button>
            <Button variant="ghost" onClick={close}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      <ConfirmDialog
        open={mode === 'archive'}
        title={`Archive ${system.name}?`}
        confirmLabel="Archive"
        pending={setArchived.isPending}
        onConfirm={() => void toggleArchived(true)}
        onCancel={close}
      >
        It leaves the map and the report, with everything under it. Nothing is deleted: you can
        restore it from its parent level.
      </ConfirmDialog>
    </div>
  );
}
