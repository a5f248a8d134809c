import type { ProcessInFile, SystemInFile } from '@/server/transfer/format';

/** The catalogue's ids, in the order the picker lists them. */
export const TEMPLATE_IDS = [
  'client-intake',
  'accounts-receivable',
  'marketing',
  'hiring',
  'month-end-close',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface StarterTemplate {
  id: TemplateId;
  /** One line for the picker. */
  description: string;
  /** The system the template adds at the top of the business; its name is the template's name. */
  system: SystemInFile & { processes: ProcessInFile[] };
}
