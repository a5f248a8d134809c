import type { StarterTemplate } from './types';

export const hiring: StarterTemplate = {
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
};
