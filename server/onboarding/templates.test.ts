import { describe, expect, it } from 'vitest';
import { formatProblem, validateImport } from '@/server/transfer/validate';
import {
  STARTER_TEMPLATES,
  TEMPLATE_IDS,
  isTemplateId,
  templateSummaries,
  templatesFile,
} from './templates';

/** The real validator, as the importer runs it, for a team whose only member is its owner. */
function validate(file: unknown) {
  const result = validateImport(file, { memberEmails: ['owner@example.com'] });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result;
}

describe('starter templates', () => {
  it('lists 4–6 templates, in the order of their ids, each id once', () => {
    expect(STARTER_TEMPLATES.length).toBeGreaterThanOrEqual(4);
    expect(STARTER_TEMPLATES.length).toBeLessThanOrEqual(6);
    expect(STARTER_TEMPLATES.map((t) => t.id)).toEqual(TEMPLATE_IDS);
    expect(templateSummaries().map((t) => t.id)).toEqual(TEMPLATE_IDS);
    expect(isTemplateId('marketing')).toBe(true);
    expect(isTemplateId('constructor')).toBe(false);
  });

  it.each(STARTER_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s passes the import validator with no warnings, as drafts with unassigned steps',
    (_id, template) => {
      const { plan, warnings } = validate(templatesFile([template.id]));
      expect(warnings).toEqual([]);
      expect(plan.systems.map((s) => s.name)).toEqual([template.system.name]);
      const [system] = plan.systems;
      expect(system!.description.length).toBeGreaterThan(0);
      expect(system!.processes.length).toBeGreaterThanOrEqual(1);
      expect(system!.processes.length).toBeLessThanOrEqual(2);
      for (const process of system!.processes) {
        expect(process.status).toBe('draft');
        expect(process.ownerEmail).toBeNull();
        expect(process.purpose).not.toBe('');
        expect(process.trigger).not.toBe('');
        expect(process.steps.length).toBeGreaterThanOrEqual(3);
        expect(process.steps.length).toBeLessThanOrEqual(6);
        for (const step of process.steps) {
          expect(step.performerEmail).toBeNull();
          expect(step.minutes).toBeGreaterThan(0);
          // The analysis flags steps marked both; a template must not teach that.
          expect(step.ruleBased && step.needsJudgment).toBe(false);
          expect(step.value).not.toBe('none');
        }
      }
      const whatIfs = system!.processes.flatMap((p) => p.steps.flatMap((s) => s.whatIfs));
      expect(whatIfs.length).toBeGreaterThanOrEqual(1);

      const summary = templateSummaries().find((t) => t.id === template.id)!;
      expect(summary).toMatchObject({
        name: template.system.name,
        processCount: plan.counts.processes,
        stepCount: plan.counts.steps,
      });
      expect(summary.description).not.toMatch(/\n/);
    },
  );

  it('combine into one valid file, in catalogue order, with links resolved', () => {
    const { plan } = validate(templatesFile([...TEMPLATE_IDS].reverse()));
    expect(plan.systems.map((s) => s.name)).toEqual(STARTER_TEMPLATES.map((t) => t.system.name));
    const processes = plan.systems.flatMap((s) => s.processes);
    // Process names are unique across templates, so a link by name would never be ambiguous.
    expect(new Set(processes.map((p) => p.name)).size).toBe(processes.length);

    const chase = processes.find((p) => p.name === 'Chase an overdue invoice')!;
    const invoice = processes.find((p) => p.name === 'Invoice a client')!;
    const linked = invoice.steps
      .flatMap((s) => s.whatIfs)
      .find((w) => w.linkedProcessIndex !== null);
    expect(linked?.linkedProcessIndex).toBe(chase.index);
  });
});
