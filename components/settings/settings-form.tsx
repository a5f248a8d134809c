'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { toast } from '@/components/ui/toast';
import { useHydrated } from '@/components/forms/use-hydrated';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { applyServerErrors, FormAlert, useZodForm } from '@/components/ui/form';
import { teamSettingsSchema, type TeamSettings } from '@/server/routers/team.schema';
import { useTRPC } from '@/trpc/client';
import { SettingsSummary } from './settings-summary';

type NumberSetting = {
  [K in keyof TeamSettings]: TeamSettings[K] extends number ? K : never;
}[keyof TeamSettings];
type TextSetting = Exclude<keyof TeamSettings, NumberSetting>;

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
  const save = useMutation(trpc.team.updateSettings.mutationOptions());
  const form = useZodForm(teamSettingsSchema, { defaultValues: settings });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      const { slug } = await save.mutateAsync({ teamId, ...values });
      toast.success('Settings saved. The report uses them from now on.');
      // The boxes show what was stored ("EUR" for "eur").
      form.reset(values);
      if (slug !== settings.slug) router.replace(`/t/${slug}/settings`);
      router.refresh();
    } catch (err) {
      applyServerErrors(form, err);
    }
  });

  // The stored value is also the box's HTML value, so the page shows it before the form takes
  // over. Numbers are read as numbers: an empty box is NaN, which the schema calls "Enter a number."
  const text = (name: TextSetting) => ({
    ...form.register(name),
    defaultValue: settings[name],
    error: errors[name]?.message,
  });
  const num = (name: NumberSetting) => ({
    ...form.register(name, { valueAsNumber: true }),
    defaultValue: settings[name],
    error: errors[name]?.message,
    type: 'number',
    step: 'any',
    inputMode: 'decimal' as const,
  });

  // Members read the settings; a form of disabled boxes would suggest they could change them.
  if (!canEdit) return <SettingsSummary settings={settings} />;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormAlert form={form} />
      <fieldset className="space-y-6">
        <section className="space-y-4 rounded-xl border border-slate-200 bg-white p-5">
          <h2 className="text-base font-semibold">Team</h2>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Name" {...text('name')} />
            <Field
              label="Web address"
              {...text('slug')}
              hint={`Your team lives at /t/${settings.slug}. Old links stop working when you change it.`}
            />
            <Field
              label="Currency"
              {...text('currency')}
              hint="A 3-letter code such as USD, EUR or GBP."
              maxLength={3}
            />
            <Field
              label="Default hourly cost"
              hint="Used for members without their own cost, and unassigned steps."
              {...num('defaultHourlyCost')}
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
              hint="Turns daily processes into runs per year."
              {...num('workingDaysPerWeek')}
            />
            <Field
              label="Weeks per year"
              hint="Working weeks, after holidays."
              {...num('weeksPerYear')}
            />
            <Field
              label="Analysis horizon (years)"
              hint="How long an automation must pay back within."
              {...num('horizonYears')}
            />
            <Field
              label="Default automation effort (hours)"
              hint="Assumed time to automate a step without its own estimate."
              {...num('defaultAutomationEffortHours')}
            />
            <Field
              label="Minimum hours per year worth flagging"
              hint="Smaller steps are kept as too small to matter."
              {...num('minHoursPerYear')}
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
