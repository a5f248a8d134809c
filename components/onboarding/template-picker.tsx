'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, type FormEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { toast } from '@/components/ui/toast';
import { useHydrated } from '@/components/forms/use-hydrated';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { applyServerErrors, FormAlert } from '@/components/ui/form';
import { formatCount } from '@/lib/format';
import { useTRPC } from '@/trpc/client';

function namesList(names: string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * "Start from a template": the starter systems, each with what it adds. Owners and admins tick
 * some and add them; members see the list with a note. Added ones stay listed, marked added.
 */
export function TemplatePicker({
  teamId,
  canApply,
  onApplied,
}: {
  teamId: string;
  canApply: boolean;
  /** After the chosen templates are added (a dialog closes). */
  onApplied?: () => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const id = useId();
  const templates = useQuery(trpc.onboarding.templates.queryOptions({ teamId }));
  const apply = useMutation(trpc.onboarding.applyTemplates.mutationOptions());
  // No schema in the browser: applyTemplatesSchema checks ids against the whole template
  // catalogue, which would ship with it, and the button already needs one ticked.
  const form = useForm({ defaultValues: { templateIds: [] as string[] } });
  const selected = useWatch({ control: form.control, name: 'templateIds' });
  const fieldError = form.formState.errors.templateIds?.message;

  function toggle(templateId: string, on: boolean) {
    form.setValue(
      'templateIds',
      on ? [...selected, templateId] : selected.filter((t) => t !== templateId),
    );
  }

  const submit = form.handleSubmit(async ({ templateIds }) => {
    try {
      const result = await apply.mutateAsync({ teamId, templateIds });
      form.reset();
      toast.success(
        `Added ${namesList(result.systems.map((s) => s.name))}: ` +
          `${formatCount(result.counts.processes, 'draft process', 'draft processes')} with ` +
          `${formatCount(result.counts.steps, 'step', 'steps')}. Check their times and make them yours.`,
      );
      await queryClient.invalidateQueries({ queryKey: trpc.onboarding.pathKey() });
      router.refresh();
      onApplied?.();
    } catch (err) {
      // A message on another field (the step limit) goes above the form.
      applyServerErrors(form, err);
    }
  });
  // Without a resolver, react-hook-form would keep the last refusal and block the next try.
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    form.clearErrors();
    return submit(e);
  };

  if (templates.isPending) return <p className="text-sm text-slate-500">Loading templates…</p>;
  if (templates.isError) return <Alert>{templates.error.message}</Alert>;

  const list = templates.data;
  const errorId = `${id}-error`;
  const noteId = `${id}-note`;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <fieldset
        aria-describedby={[noteId, fieldError && errorId].filter(Boolean).join(' ')}
        className="space-y-3"
      >
        <legend className="text-sm font-semibold text-slate-800">Start from a template</legend>
        <p id={noteId} className="text-sm text-slate-600">
          Each template adds a system with draft processes and typical times, for you to check and
          change.
          {!canApply && ' Only owners and admins can add them: ask one of them.'}
        </p>
        <ul className="grid gap-2 sm:grid-cols-2">
          {list.map((t) => {
            const counts =
              `${formatCount(t.processCount, 'process', 'processes')}, ` +
              formatCount(t.stepCount, 'step', 'steps');
            const body = (
              <span className="min-w-0">
                <span className="block text-sm font-medium text-slate-900">
                  {t.name}
                  {t.added && (
                    <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-normal text-slate-600">
                      Added
                    </span>
                  )}
                </span>
                <span className="block text-sm text-slate-600">{t.description}</span>
                <span className="block text-xs text-slate-500">{counts}</span>
              </span>
            );
            return (
              <li key={t.id}>
                {canApply ? (
                  <label
                    className={`flex h-full items-start gap-3 rounded-lg border p-3 ${
                      t.added
                        ? 'border-slate-200 bg-slate-50'
                        : 'cursor-pointer border-slate-200 bg-white hover:border-brand-500/60'
                    }`}
                  >
                    <input
                      type="checkbox"
                      name="templateIds"
                      value={t.id}
                      className="mt-1 h-4 w-4 shrink-0 accent-brand-600"
                      checked={selected.includes(t.id)}
                      disabled={t.added || apply.isPending}
                      onChange={(e) => toggle(t.id, e.currentTarget.checked)}
                    />
                    {body}
                  </label>
                ) : (
                  <div className="h-full rounded-lg border border-slate-200 bg-white p-3">
                    {body}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
        {fieldError && (
          <p id={errorId} className="text-sm text-red-600">
            {fieldError}
          </p>
        )}
      </fieldset>
      <FormAlert form={form} />
      {canApply && (
        <Button
          type="submit"
          disabled={!hydrated || selected.length === 0 || apply.isPending}
          className="w-full sm:w-auto"
        >
          {apply.isPending
            ? 'Adding…'
            : selected.length > 1
              ? `Add ${selected.length} selected`
              : 'Add selected'}
        </Button>
      )}
    </form>
  );
}
