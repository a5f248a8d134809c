import type { StarterTemplate } from './types';

export const clientIntake: StarterTemplate = {
  id: 'client-intake',
  description: 'From a first enquiry to a signed client ready to start.',
  system: {
    name: 'Client intake',
    description: 'Turning enquiries into clients: qualifying them, signing them and starting well.',
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
                action: 'Reply with a polite no and, where you can, the name of someone who fits.',
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
};
