import type { StarterTemplate } from './types';

export const marketing: StarterTemplate = {
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
                action: 'Thank them and move the conversation to email, then log it as an enquiry.',
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
};
