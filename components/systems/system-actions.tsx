'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toast, toastWithUndo } from '@/components/ui/toast';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Field } from '@/components/ui/field';
import { applyServerErrors, FormActions, FormCard, useZodForm } from '@/components/ui/form';
import { MemberPicker } from '@/components/pickers/member-picker';
import { SystemPicker } from '@/components/pickers/system-picker';
import type { ComboOption } from '@/components/ui/combobox';
import { moveSystemSchema, systemFieldsSchema } from '@/server/routers/system.schema';
import { useTRPC } from '@/trpc/client';
import { FormField } from '@/components/ui/form-fields';

type SystemView = {
  id: string;
  name: string;
  description: string;
  parentId: string | null;
  ownerMembershipId: string | null;
  ownerName: string | null;
  parentName: string | null;
  archived: boolean;
};
type Props = { teamId: string; teamSlug: string; system: SystemView };

const moveFormSchema = moveSystemSchema.pick({ parentId: true });

/** The system's own tools: edit, move, archive or restore. */
export function SystemActions({ teamId, teamSlug, system }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [mode, setMode] = useState<'idle' | 'edit' | 'move' | 'archive'>('idle');
  const setArchived = useMutation(trpc.system.setArchived.mutationOptions());
  const close = () => setMode('idle');

  async function toggleArchived(archived: boolean) {
    try {
      await setArchived.mutateAsync({ teamId, systemId: system.id, archived });
      if (archived)
        toastWithUndo(`${system.name} archived.`, () =>
          setArchived.mutate(
            { teamId, systemId: system.id, archived: false },
            {
              onSuccess: () => {
                toast.success(`${system.name} restored.`);
                router.push(`/t/${teamSlug}/systems/${system.id}`);
              },
              onError: (err) => toast.error(err.message),
            },
          ),
        );
      else toast.success(`${system.name} restored.`);
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
        <Button variant="secondary" onClick={() => setMode('edit')}>
          Edit
        </Button>
        <Button variant="secondary" onClick={() => setMode('move')}>
          Move
        </Button>
        <Button variant="ghost" className="text-red-700" onClick={() => setMode('archive')}>
          Archive
        </Button>
      </div>
      {/* Mounted on opening, so each opening starts from the system as it is now. */}
      {mode === 'edit' && <EditSystemForm teamId={teamId} system={system} onClose={close} />}
      {mode === 'move' && <MoveSystemForm teamId={teamId} system={system} onClose={close} />}
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

function EditSystemForm({
  teamId,
  system,
  onClose,
}: {
  teamId: string;
  system: SystemView;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const update = useMutation(trpc.system.update.mutationOptions());
  // The picker shows a name; the form holds the id.
  const [owner, setOwner] = useState<ComboOption | null>(
    system.ownerMembershipId
      ? { id: system.ownerMembershipId, label: system.ownerName ?? '' }
      : null,
  );
  const form = useZodForm(systemFieldsSchema, {
    defaultValues: {
      name: system.name,
      description: system.description,
      ownerMembershipId: system.ownerMembershipId,
    },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await update.mutateAsync({ teamId, systemId: system.id, ...values });
      toast.success('System saved.');
      onClose();
      router.refresh();
    } catch (err) {
      applyServerErrors(form, err);
    }
  });

  return (
    <FormCard form={form} onSubmit={onSubmit} label="Edit system">
      <Field label="Name" error={errors.name?.message} {...form.register('name')} />
      <FormField form={form} name="description" label="Description" />
      <MemberPicker
        teamId={teamId}
        label="Owner"
        noneLabel="No owner"
        value={owner}
        onChange={(option) => {
          setOwner(option);
          form.setValue('ownerMembershipId', option?.id ?? null, { shouldDirty: true });
        }}
        error={errors.ownerMembershipId?.message}
      />
      <FormActions submitLabel="Save" pending={update.isPending} onCancel={onClose} />
    </FormCard>
  );
}

function MoveSystemForm({
  teamId,
  system,
  onClose,
}: {
  teamId: string;
  system: SystemView;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const move = useMutation(trpc.system.move.mutationOptions());
  const [parent, setParent] = useState<ComboOption | null>(
    system.parentId ? { id: system.parentId, label: system.parentName ?? '' } : null,
  );
  const form = useZodForm(moveFormSchema, { defaultValues: { parentId: system.parentId } });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      await move.mutateAsync({ teamId, systemId: system.id, ...values });
      toast.success(`Moved ${system.name}.`);
      onClose();
      router.refresh();
    } catch (err) {
      applyServerErrors(form, err);
    }
  });

  return (
    <FormCard form={form} onSubmit={onSubmit} label="Move system">
      {/* The system and its own subsystems cannot be its new parent: the search leaves them out. */}
      <SystemPicker
        teamId={teamId}
        label={`Move ${system.name} under`}
        topLabel="The business (top level)"
        exclude={system.id}
        value={parent}
        onChange={(option) => {
          setParent(option);
          form.setValue('parentId', option?.id ?? null, { shouldDirty: true });
        }}
        error={errors.parentId?.message}
      />
      <FormActions submitLabel="Move" pending={move.isPending} onCancel={onClose} />
    </FormCard>
  );
}
