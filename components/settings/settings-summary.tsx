import { formatMoney, formatNumber } from '@/lib/format';

type Settings = {
  name: string;
  slug: string;
  currency: string;
  defaultHourlyCost: number;
  workingDaysPerWeek: number;
  weeksPerYear: number;
  horizonYears: number;
  defaultAutomationEffortHours: number;
  minHoursPerYear: number;
};

function Row({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <div>
      <dt className="text-sm font-medium text-slate-700">{label}</dt>
      <dd className="mt-0.5 text-base text-slate-900">{value}</dd>
      <dd className="text-xs text-slate-500">{hint}</dd>
    </div>
  );
}

/** The team's settings as a member reads them: what the report's numbers rest on, not a form. */
export function SettingsSummary({ settings: s }: { settings: Settings }) {
  const section = 'space-y-4 rounded-xl border border-slate-200 bg-white p-5';
  return (
    <div className="space-y-6">
      <section className={section} aria-labelledby="team-settings-heading">
        <h2 id="team-settings-heading" className="text-base font-semibold">
          Team
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2">
          <Row label="Name" value={s.name} hint={`The team lives at /t/${s.slug}.`} />
          <Row
            label="Currency"
            value={s.currency}
            hint="Money in the report is in this currency."
          />
          <Row
            label="Default hourly cost"
            value={`${formatMoney(s.defaultHourlyCost, s.currency)}/h`}
            hint="Used for members without their own cost, and unassigned steps."
          />
        </dl>
      </section>
      <section className={section} aria-labelledby="analysis-settings-heading">
        <h2 id="analysis-settings-heading" className="text-base font-semibold">
          Analysis assumptions
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2">
          <Row
            label="Working days per week"
            value={formatNumber(s.workingDaysPerWeek, 2)}
            hint="Turns daily processes into runs per year."
          />
          <Row
            label="Weeks per year"
            value={formatNumber(s.weeksPerYear, 2)}
            hint="Working weeks, after holidays."
          />
          <Row
            label="Analysis horizon"
            value={`${formatNumber(s.horizonYears, 2)} years`}
            hint="How long an automation must pay back within."
          />
          <Row
            label="Default automation effort"
            value={`${formatNumber(s.defaultAutomationEffortHours, 2)} h`}
            hint="Assumed time to automate a step without its own estimate."
          />
          <Row
            label="Minimum worth flagging"
            value={`${formatNumber(s.minHoursPerYear, 2)} h a year`}
            hint="Smaller steps are kept as too small to matter."
          />
        </dl>
      </section>
      <p className="text-sm text-slate-500">Only owners and admins can change settings.</p>
    </div>
  );
}
