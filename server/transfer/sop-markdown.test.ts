import { describe, expect, it } from 'vitest';
import { describeFrequency, processToMarkdown, type SopProcess } from './sop-markdown';

const chase: SopProcess = {
  name: 'Chase overdue invoice',
  purpose: 'Get paid without damaging the relationship.',
  trigger: 'An invoice is 30 days past due',
  ownerName: 'Priya Shah',
  frequency: { period: 'on_demand', runsPerYear: 30 },
  status: 'active',
  systemPath: ['Finance', 'Accounts receivable'],
  steps: [
    {
      title: 'Send the friendly reminder',
      details: 'Use the **Reminder 1** template.\n\n- attach the invoice\n- add bank details',
      kind: 'action',
      performerName: 'Sam Ortiz',
      minutes: 10,
      waitMinutes: 4320,
      probability: 100,
      value: 'required',
      ruleBased: true,
      needsJudgment: false,
      tools: ['Gmail', 'QuickBooks'],
      automationEffortHours: 40,
      whatIfs: [
        {
          condition: 'The client disputes the invoice',
          action: 'Pause chasing and ask Maya to review',
          linkedProcessName: 'Resolve a dispute',
        },
        { condition: 'The client has paid', action: 'Thank them', linkedProcessName: null },
      ],
    },
    {
      title: 'Phone the accounts team',
      details: '',
      kind: 'event',
      performerName: null,
      minutes: 15,
      waitMinutes: null,
      probability: 40,
      value: 'unknown',
      ruleBased: false,
      needsJudgment: true,
      tools: [],
      automationEffortHours: null,
      whatIfs: [],
    },
  ],
};

describe('processToMarkdown', () => {
  it('writes a standard operating procedure with totals, numbered steps and their what-ifs', () => {
    expect(processToMarkdown(chase, { workingDaysPerWeek: 5, weeksPerYear: 48 })).toBe(
      `# Chase overdue invoice

*Finance › Accounts receivable*

**Purpose:** Get paid without damaging the relationship.

- **Trigger:** An invoice is 30 days past due
- **Owner:** Priya Shah
- **Frequency:** on demand (about 30 runs a year)
- **Status:** active
- **Totals:** 2 steps, 25 min hands-on per run (16 min on average, counting how often each step happens), up to 4,320 min of waiting; 30 runs and 8 h a year

## Steps

### 1. Send the friendly reminder

- **Kind:** action
- **Performer:** Sam Ortiz
- **Time:** 10 min hands-on, 4,320 min waiting
- **Happens in:** 100% of runs
- **Value:** Required — legal, finance or compliance
- **Flags:** follows fixed rules
- **Tools:** Gmail, QuickBooks
- **Automation effort:** 40 h

Use the **Reminder 1** template.

- attach the invoice
- add bank details

**What if…**

- The client disputes the invoice → Pause chasing and ask Maya to review (see *Resolve a dispute*)
- The client has paid → Thank them

### 2. Phone the accounts team

- **Kind:** event
- **Performer:** unassigned
- **Time:** 15 min hands-on
- **Happens in:** 40% of runs
- **Value:** Not assessed yet
- **Flags:** needs judgment
`,
    );
  });

  it('says what is missing instead of leaving blanks, and keeps headings on one line', () => {
    const md = processToMarkdown({
      name: 'Close\nthe month',
      purpose: '',
      trigger: '',
      ownerName: null,
      frequency: { period: 'month', count: 1 },
      status: 'draft',
      steps: [],
    });
    expect(md).toBe(
      `# Close the month

- **Trigger:** not specified
- **Owner:** unassigned
- **Frequency:** once a month
- **Status:** draft
- **Totals:** 0 steps, 0 min hands-on per run

## Steps

*No steps written down yet.*
`,
    );
  });

  it('shows hostile names and HTML as typed, never as markup', () => {
    const md = processToMarkdown({
      ...chase,
      name: '**Urgent** <img src=x onerror=alert(1)> [click](https://evil.example)',
      ownerName: 'Eve_<script>',
      steps: [
        {
          ...chase.steps[0]!,
          title: '# Not a heading | not a table',
          details: 'Keep **this** Markdown.\n\n<iframe src="https://evil.example"></iframe>',
          tools: ['`rm -rf`'],
          whatIfs: [],
        },
      ],
    });
    expect(md.split('\n')[0]).toBe(
      '# \\*\\*Urgent\\*\\* \\<img src=x onerror=alert(1)\\> \\[click\\](https://evil.example)',
    );
    expect(md).toContain('**Owner:** Eve\\_\\<script\\>');
    expect(md).toContain('### 1. \\# Not a heading \\| not a table');
    expect(md).toContain('**Tools:** \\`rm -rf\\`');
    // Details stay Markdown; their raw HTML cannot become a tag.
    expect(md).toContain('Keep **this** Markdown.');
    expect(md).toContain('&lt;iframe src="https://evil.example">&lt;/iframe>');
    // No tag is left unescaped anywhere in the file.
    expect(md).not.toMatch(/(^|[^\\])<(img|script|iframe)/m);
  });

  it('describes frequencies in words', () => {
    expect(describeFrequency({ period: 'day', count: 1 })).toBe('once a working day');
    expect(describeFrequency({ period: 'week', count: 2 })).toBe('twice a week');
    expect(describeFrequency({ period: 'quarter', count: 3 })).toBe('3 times a quarter');
    expect(describeFrequency({ period: 'year', count: 0.5 })).toBe('0.5 times a year');
  });
});
