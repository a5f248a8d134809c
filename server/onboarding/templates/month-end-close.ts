import type { StarterTemplate } from './types';

export const monthEndClose: StarterTemplate = {
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
};
