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
import { fieldMessagesFromZod } from '@/components/forms/zod-field-errors';
import { useHydrated } from '@/components/forms/use-hydrated';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { teamSettingsSchema, type TeamSettings } from '@/server/routers/team.schema';
import { useTRPC } from '@/trpc/client';
import { SettingsSummary } from './settings-summary';

const NUMBER_FIELDS = [
  'defaultHourlyCost',
  'workingDaysPerWeek',
  'weeksPerYear',
  'horizonYears',
  'defaultAutomationEffortHours',
  'minHoursPerYear',
] as const;

function readForm(form: HTMLFormElement): Record<string, unknown> {
  const raw = Object.fromEntries(new FormData(form)) as Record<string, string>;
  const values: Record<string, unknown> = { ...raw };
  for (const key of NUMBER_FIELDS) values[key] = raw[key]?.trim() ? Number(raw[key]) : Number.NaN;
  return values;
}

export function SettingsForm({
  teamId,
  settings,
  canEdit,
}: {
  teamId: string;
  settings: TeamSettings;
  canEdit: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const hydrated = useHydrated();
  const [fields, setFields] = useState<FieldMessages>({});
  const [formError, setFormError] = useState('');
  const save = useMutation(trpc.team.updateSettings.mutationOptions());

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFormError('');
    const parsed = teamSettingsSchema.safeParse(readForm(e.currentTarget));
    if (!parsed.success) return setFields(fieldMessagesFromZod(parsed.error));
    setFields({});
    try {
      const { slug } = await save.mutateAsync({ teamId, ...parsed.data });
      toast.success('Settings saved. The report uses them from now on.');
      if (slug !== settings.slug) router.replace(`/t/${slug}/settings`);
      router.refresh();
    } catch (err) {
      setFields(fieldMessagesFromServer(err));
      setFormError(formMessageFromServer(err));
    }
  }

  // Members read the settings; a form of disabled boxes would suggest they could change them.
  if (!canEdit) return <SettingsSummary settings={settings} />;

  const num = { type: 'number', step: 'any', inputMode: 'decimal' as const };
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {formError && <Alert>{formError}</Alert>}
      <fieldset className="space-y-6">
        <section className="space-y-4 rounded-xl border border-slate-200 bg-white p-5">
          <h2 className="text-base font-semibold">Team</h2>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Name" name="name" defaultValue={settings.name} error={fields.name} />
            <Field
              label="Web address"
              name="slug"
              defaultValue={settings.slug}
              error={fields.slug}
              hint={`Your team lives at /t/${settings.slug}. Old links stop working when you change it.`}
            />
            <Field
              label="Currency"
              name="currency"
              defaultValue={settings.currency}
              error={fields.currency}
              hint="A 3-letter code such as USD, EUR or GBP."
              maxLength={3}
            />
            <Field
              label="Default hourly cost"
              name="defaultHourlyCost"
              defaultValue={settings.defaultHourlyCost}
              error={fields.defaultHourlyCost}
              hint="Used for members without their own cost, and unassigned steps."
              {...num}
            />
          </div>
        </section>
        <section className="space-y-4 rounded-xl border border-slate-200 bg-white p-5">
          <div>
            <h2 className="text-base font-semibold">Analysis assumptions</h2>
            <p className="text-sm text-slate-600">
              The streamlining report is computed from these.
            </p>
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              label="Working days per week"
              name="workingDaysPerWeek"
              defaultValue={settings.workingDaysPerWeek}
              error={fields.workingDaysPerWeek}
              hint="Turns daily processes into runs per year."
              {...num}
            />
            <Field
              label="Weeks per year"
              name="weeksPerYear"
              defaultValue={settings.weeksPerYear}
              error={fields.weeksPerYear}
              hint="Working weeks, after holidays."
              {...num}
            />
            <Field
              label="Analysis horizon (years)"
              name="horizonYears"
              defaultValue={settings.horizonYears}
              error={fields.horizonYears}
              hint="How long an automation must pay back within."
              {...num}
            />
            <Field
              label="Default automation effort (hours)"
              name="defaultAutomationEffortHours"
              defaultValue={settings.defaultAutomationEffortHours}
              error={fields.defaultAutomationEffortHours}
              hint="Assumed time to automate a step without its own estimate."
              {...num}
            />
            <Field
              label="Minimum hours per year worth flagging"
              name="minHoursPerYear"
              defaultValue={settings.minHoursPerYear}
              error={fields.minHoursPerYear}
              hint="Smaller steps are kept as too small to matter."
              {...num}
            />
          </div>
        </section>
      </fieldset>
      <Button type="submit" disabled={!hydrated || save.isPending}>
        {save.isPending ? 'Saving…' : 'Save settings'}
      </Button>
    </form>
  );
}
