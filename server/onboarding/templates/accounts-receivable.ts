import type { StarterTemplate } from './types';

export const accountsReceivable: StarterTemplate = {
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
};
