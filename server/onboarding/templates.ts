/**
 * Starter templates for a new business: systems a small service business runs on, each with one
 * or two processes of typical steps and times. Pure data in the import file format
 * (docs/import-format.md), so applying one goes through the real importer: its validation,
 * limits, search indexing and activity log.
 *
 * Processes arrive as drafts (the team checks the times and makes them their own) and steps
 * arrive unassigned: nobody knows yet who does what, and naming the person who clicked "Add"
 * would pile every step onto their week.
 */
import {
  FORMAT_NAME,
  FORMAT_VERSION,
  type OpslensFile,
  type ProcessInFile,
  type SystemInFile,
} from '@/server/transfer/format';

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

/** Links between processes use refs prefixed by the template id, unique in any combined file. */
export const STARTER_TEMPLATES: readonly StarterTemplate[] = [
  {
    id: 'client-intake',
    description: 'From a first enquiry to a signed client ready to start.',
    system: {
      name: 'Client intake',
      description:
        'Turning enquiries into clients: qualifying them, signing them and starting well.',
      processes: [
        {
          ref: 'client-intake/qualify',
          name: 'Qualify a new enquiry',
          purpose: 'Answer every enquiry quickly and spend time only on clients who fit.',
          trigger: 'A prospect fills in the contact form, emails or calls',
          frequency: { period: 'week', count: 3 },
          status: 'draft',
          steps: [
            {
              title: 'Log the enquiry in the CRM',
              minutes: 5,
              value: 'required',
              ruleBased: true,
              tools: ['CRM'],
              automationEffortHours: 3,
            },
            {
              title: 'Check the fit: budget, timing and scope',
              kind: 'decision',
              minutes: 10,
              value: 'customer',
              needsJudgment: true,
              whatIfs: [
                {
                  condition: 'The enquiry is not a fit',
                  action:
                    'Reply with a polite no and, where you can, the name of someone who fits.',
                },
              ],
            },
            {
              title: 'Book a discovery call',
              minutes: 5,
              value: 'customer',
              ruleBased: true,
              tools: ['Calendly', 'Email'],
              automationEffortHours: 2,
            },
            {
              title: 'Hold the discovery call',
              details: 'Ask about the problem, the deadline, the budget and who decides.',
              minutes: 30,
              value: 'customer',
              needsJudgment: true,
              tools: ['Zoom'],
            },
            {
              title: 'Write up the call notes and next steps',
              minutes: 15,
              value: 'required',
              tools: ['CRM'],
            },
          ],
        },
        {
          ref: 'client-intake/onboard',
          name: 'Onboard a new client',
          purpose: 'Every new client signed, set up and started the same, complete way.',
          trigger: 'A prospect accepts the proposal',
          frequency: { period: 'month', count: 2 },
          status: 'draft',
          steps: [
            {
              title: 'Send the contract for e-signature',
              minutes: 10,
              value: 'required',
              ruleBased: true,
              tools: ['DocuSign'],
              whatIfs: [
                {
                  condition: 'The contract is not signed within a week',
                  action: 'Call the client and ask what is holding it up.',
                },
              ],
            },
            {
              title: 'Invoice the deposit',
              minutes: 10,
              value: 'required',
              ruleBased: true,
              tools: ['QuickBooks'],
            },
            {
              title: 'Send the welcome email and onboarding questionnaire',
              minutes: 10,
              value: 'customer',
              ruleBased: true,
              tools: ['Email'],
              automationEffortHours: 2,
            },
            {
              title: 'Set up the client folder and project board',
              minutes: 20,
              value: 'required',
              ruleBased: true,
              tools: ['Google Drive', 'Asana'],
              automationEffortHours: 4,
            },
            {
              title: 'Hold the kick-off call',
              minutes: 45,
              value: 'customer',
              needsJudgment: true,
              tools: ['Zoom'],
            },
          ],
        },
      ],
    },
  },
  {
    id: 'accounts-receivable',
    description: 'Invoicing clients and collecting what they owe, on time.',
    system: {
      name: 'Accounts receivable',
      description: 'Billing clients for the work and getting paid.',
      processes: [
        {
          ref: 'accounts-receivable/invoice',
          name: 'Invoice a client',
          purpose: 'Bill finished work the same week, correctly the first time.',
          trigger: 'Work is delivered or a billing period ends',
          frequency: { period: 'week', count: 2 },
          status: 'draft',
          steps: [
            {
              title: 'Check hours and deliverables against the agreement',
              minutes: 10,
              value: 'required',
              needsJudgment: true,
              tools: ['Timesheets'],
            },
            {
              title: 'Create the invoice',
              minutes: 10,
              value: 'required',
              ruleBased: true,
              tools: ['QuickBooks'],
              automationEffortHours: 8,
            },
            {
              title: 'Email the invoice to the client',
              minutes: 3,
              value: 'required',
              ruleBased: true,
              tools: ['QuickBooks', 'Email'],
              whatIfs: [
                {
                  condition: 'The client has not paid by the due date',
                  action: 'Start chasing the overdue invoice.',
                  linkedProcessRef: 'accounts-receivable/chase',
                },
              ],
            },
            {
              title: 'Record the payment when it arrives',
              minutes: 5,
              value: 'required',
              ruleBased: true,
              tools: ['QuickBooks', 'Online banking'],
            },
          ],
        },
        {
          ref: 'accounts-receivable/chase',
          name: 'Chase an overdue invoice',
          purpose: 'Get paid without souring the relationship.',
          trigger: 'An invoice is past its due date',
          frequency: { period: 'on_demand', runsPerYear: 24 },
          status: 'draft',
          steps: [
            {
              title: 'Send a friendly reminder',
              minutes: 5,
              value: 'required',
              ruleBased: true,
              tools: ['Email'],
              automationEffortHours: 2,
            },
            {
              title: 'Call the client',
              minutes: 15,
              probability: 40,
              value: 'required',
              needsJudgment: true,
              tools: ['Phone'],
            },
            {
              title: 'Agree a payment plan or a final date',
              kind: 'decision',
              minutes: 15,
              probability: 15,
              value: 'required',
              needsJudgment: true,
              whatIfs: [
                {
                  condition: 'It is still unpaid 60 days after the due date',
                  action: 'Send a formal notice and decide whether to pause the work.',
                },
              ],
            },
            {
              title: 'Note the outcome on the client record',
              minutes: 3,
              value: 'required',
              ruleBased: true,
              tools: ['CRM'],
            },
          ],
        },
      ],
    },
  },
  {
    id: 'marketing',
    description: 'Social media posts and a monthly newsletter that bring clients in.',
    system: {
      name: 'Marketing',
      description: 'Staying visible to the people who might hire you: social media and email.',
      processes: [
        {
          name: 'Post on social media',
          purpose: 'Show the work and stay in front of future clients every week.',
          trigger: 'The content calendar has a post due',
          frequency: { period: 'week', count: 3 },
          status: 'draft',
          steps: [
            {
              title: 'Pick the topic from the content calendar',
              minutes: 5,
              value: 'required',
              needsJudgment: true,
              tools: ['Content calendar'],
            },
            {
              title: 'Write the post and make the image',
              minutes: 30,
              value: 'customer',
              needsJudgment: true,
              tools: ['Canva'],
            },
            {
              title: 'Schedule the post',
              minutes: 5,
              value: 'required',
              ruleBased: true,
              tools: ['Buffer'],
            },
            {
              title: 'Reply to comments and messages',
              minutes: 15,
              value: 'customer',
              needsJudgment: true,
              whatIfs: [
                {
                  condition: 'Someone asks about working with you',
                  action:
                    'Thank them and move the conversation to email, then log it as an enquiry.',
                },
              ],
            },
            {
              title: 'Copy the numbers into the stats spreadsheet',
              details: 'Does anyone read this sheet? If not, stop doing it.',
              minutes: 10,
              value: 'unknown',
              ruleBased: true,
              tools: ['Google Sheets'],
            },
          ],
        },
        {
          name: 'Send the monthly newsletter',
          purpose: 'Remind past and future clients what you do, once a month.',
          trigger: 'The first week of the month',
          frequency: { period: 'month', count: 1 },
          status: 'draft',
          steps: [
            {
              title: 'Gather the month’s news, work and tips',
              minutes: 30,
              value: 'customer',
              needsJudgment: true,
            },
            {
              title: 'Write and lay out the newsletter',
              minutes: 90,
              value: 'customer',
              needsJudgment: true,
              tools: ['Mailchimp'],
            },
            {
              title: 'Send a test and proofread it',
              minutes: 10,
              value: 'required',
              tools: ['Mailchimp'],
              whatIfs: [
                {
                  condition: 'The test shows broken links or images',
                  action: 'Fix them and send another test before scheduling.',
                },
              ],
            },
            {
              title: 'Schedule it to the list',
              minutes: 5,
              value: 'required',
              ruleBased: true,
              tools: ['Mailchimp'],
            },
            {
              title: 'Clean up bounces and unsubscribes',
              minutes: 10,
              value: 'required',
              ruleBased: true,
              tools: ['Mailchimp'],
              automationEffortHours: 1,
            },
          ],
        },
      ],
    },
  },
  {
    id: 'hiring',
    description: 'Finding a new teammate and getting them up to speed.',
    system: {
      name: 'Hiring and onboarding',
      description: 'Bringing a new teammate in: the search, the offer and their first weeks.',
      processes: [
        {
          name: 'Hire a teammate',
          purpose: 'Find the right person for a role without losing weeks to it.',
          trigger: 'The team agrees a new role is needed',
          frequency: { period: 'on_demand', runsPerYear: 2 },
          status: 'draft',
          steps: [
            {
              title: 'Write the role description',
              minutes: 60,
              value: 'required',
              needsJudgment: true,
            },
            {
              title: 'Post the job and share it',
              minutes: 30,
              value: 'required',
              ruleBased: true,
              tools: ['LinkedIn', 'Job board'],
            },
            {
              title: 'Screen the applications',
              minutes: 120,
              value: 'required',
              needsJudgment: true,
            },
            {
              title: 'Interview the shortlist',
              minutes: 240,
              value: 'required',
              needsJudgment: true,
              tools: ['Zoom'],
            },
            {
              title: 'Check references and make the offer',
              kind: 'decision',
              minutes: 60,
              value: 'required',
              needsJudgment: true,
              whatIfs: [
                {
                  condition: 'The candidate turns the offer down',
                  action: 'Go back to the shortlist before posting the job again.',
                },
              ],
            },
          ],
        },
        {
          name: 'Onboard a new teammate',
          purpose: 'A new teammate productive in their first two weeks, with nothing forgotten.',
          trigger: 'An offer is accepted',
          frequency: { period: 'on_demand', runsPerYear: 2 },
          status: 'draft',
          steps: [
            {
              title: 'Set up their accounts and equipment',
              minutes: 60,
              value: 'required',
              ruleBased: true,
              tools: ['Google Workspace', 'Slack'],
              automationEffortHours: 6,
            },
            {
              title: 'Send the contract, payroll and tax forms',
              minutes: 20,
              value: 'required',
              ruleBased: true,
              tools: ['DocuSign', 'Payroll'],
            },
            {
              title: 'Walk them through how we work',
              minutes: 120,
              value: 'required',
              needsJudgment: true,
            },
            {
              title: 'Check in after their first two weeks',
              minutes: 30,
              value: 'required',
              needsJudgment: true,
            },
          ],
        },
      ],
    },
  },
  {
    id: 'month-end-close',
    description: 'Closing the books each month so the numbers can be trusted.',
    system: {
      name: 'Month-end close',
      description: 'Reconciling the accounts every month and handing clean figures over.',
      processes: [
        {
          name: 'Close the month',
          purpose: 'Books that match the bank, ready for the accountant by the 10th.',
          trigger: 'The first working day of the month',
          frequency: { period: 'month', count: 1 },
          status: 'draft',
          steps: [
            {
              title: 'Download the bank and card statements',
              minutes: 15,
              value: 'required',
              ruleBased: true,
              tools: ['Online banking'],
              automationEffortHours: 3,
            },
            {
              title: 'Reconcile the bank transactions',
              minutes: 60,
              value: 'required',
              ruleBased: true,
              tools: ['QuickBooks'],
              automationEffortHours: 16,
            },
            {
              title: 'Chase missing receipts',
              minutes: 30,
              probability: 70,
              value: 'required',
              ruleBased: true,
              tools: ['Email'],
              whatIfs: [
                {
                  condition: 'A receipt cannot be found',
                  action: 'Record the expense with a note and ask the accountant how to treat it.',
                },
              ],
            },
            {
              title: 'Review profit and loss against last month',
              kind: 'decision',
              minutes: 30,
              value: 'required',
              needsJudgment: true,
              tools: ['QuickBooks'],
            },
            {
              title: 'Send the month’s figures to the accountant',
              minutes: 10,
              value: 'required',
              ruleBased: true,
              tools: ['Email'],
            },
          ],
        },
      ],
    },
  },
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
