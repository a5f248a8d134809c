/**
 * Starter templates for a new business: systems a small service business runs on, each with one
 * or two processes of typical steps and times. Pure data in the import file format
 * (docs/import-format.md), so applying one goes through the real importer: its validation,
 * limits, search indexing and activity log. One file per template, beside this catalogue.
 *
 * Processes arrive as drafts (the team checks the times and makes them their own) and steps
 * arrive unassigned: nobody knows yet who does what, and naming the person who clicked "Add"
 * would pile every step onto their week.
 */
import { FORMAT_NAME, FORMAT_VERSION, type OpslensFile } from '@/server/transfer/format';
import { accountsReceivable } from './accounts-receivable';
import { clientIntake } from './client-intake';
import { hiring } from './hiring';
import { marketing } from './marketing';
import { monthEndClose } from './month-end-close';
import { TEMPLATE_IDS, type StarterTemplate, type TemplateId } from './types';

export { TEMPLATE_IDS, type StarterTemplate, type TemplateId };

/** Links between processes use refs prefixed by the template id, unique in any combined file. */
export const STARTER_TEMPLATES: readonly StarterTemplate[] = [
  clientIntake,
  accountsReceivable,
  marketing,
  hiring,
  monthEndClose,
];

export function isTemplateId(id: string): id is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(id);
}

export interface TemplateSummary {
  id: TemplateId;
  name: string;
  description: string;
  processCount: number;
  stepCount: number;
}

/** The catalogue, for the picker: what each template adds. */
export function templateSummaries(): TemplateSummary[] {
  return STARTER_TEMPLATES.map((t) => ({
    id: t.id,
    name: t.system.name,
    description: t.description,
    processCount: t.system.processes.length,
    stepCount: t.system.processes.reduce((n, p) => n + p.steps.length, 0),
  }));
}

/**
 * One import file holding the chosen templates' systems, in catalogue order (so the business
 * reads the same whichever order they were ticked in).
 */
export function templatesFile(ids: readonly TemplateId[]): OpslensFile {
  const chosen = new Set<string>(ids);
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    systems: STARTER_TEMPLATES.filter((t) => chosen.has(t.id)).map((t) => t.system),
  };
}
