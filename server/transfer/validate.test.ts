import { describe, expect, it } from 'vitest';
import { LIMITS } from './format';
import { formatProblem, parseImportText, validateImport, type ImportPlan } from './validate';

const MEMBERS = ['dana@example.com', 'Sam@Example.com'];

const file = (systems: unknown[]) => ({ format: 'opslens', version: 1, systems });
const step = (extra: Record<string, unknown> = {}) => ({ title: 'Do it', minutes: 10, ...extra });
const proc = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  frequency: { period: 'week', count: 1 },
  steps: [step()],
  ...extra,
});

function problemsOf(json: unknown) {
  const result = validateImport(json, { memberEmails: MEMBERS });
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

function planOf(json: unknown): { plan: ImportPlan; warnings: string[] } {
  const result = validateImport(json, { memberEmails: MEMBERS });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return { plan: result.plan, warnings: result.warnings.map(formatProblem) };
}

describe('validateImport', () => {
  it('lets in no text the app would refuse to store: control, broken or only invisible characters', () => {
    const problems = problemsOf(
      file([
        { name: 'Null\u0000byte', processes: [proc('Fine', { purpose: 'Bell \u0007' })] },
        { name: '\u200b\u200b', processes: [proc('\ud800 half an emoji')] },
      ]),
    ).map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(/^Null.byte: name must not hold control characters/),
      expect.stringMatching(/"Fine": purpose must not hold control characters/),
      expect.stringMatching(/: name must not be empty$/),
      expect.stringMatching(/half an emoji": name must not hold .*broken/),
    ]);
    // Tabs and line breaks in a description are text, not control codes.
    planOf(file([{ name: 'Ok', processes: [proc('Fine', { purpose: 'Line one\n\tLine two' })] }]));
  });

  it('accepts a minimal file and fills in the documented defaults', () => {
    const { plan, warnings } = planOf(file([{ name: 'Sales', processes: [proc('Quote')] }]));
    expect(warnings).toEqual([]);
    expect(plan.counts).toEqual({ systems: 1, processes: 1, steps: 1, whatIfs: 0 });
    const system = plan.systems[0]!;
    expect(system).toMatchObject({ name: 'Sales', description: '', ownerEmail: null });
    expect(system.processes[0]).toMatchObject({
      index: 0,
      purpose: '',
      trigger: '',
      ownerEmail: null,
      status: 'active',
      frequency: { period: 'week', count: 1 },
    });
    expect(system.processes[0]!.steps[0]).toEqual({
      title: 'Do it',
      details: '',
      kind: 'action',
      performerEmail: null,
      minutes: 10,
      waitMinutes: null,
      probability: 100,
      value: 'unknown',
      ruleBased: false,
      needsJudgment: false,
      tools: [],
      automationEffortHours: null,
      whatIfs: [],
    });
  });

  it('reports every problem at once, each with its place in the file', () => {
    const problems = problemsOf(
      file([
        {
          name: 'Marketing',
          systems: [
            {
              name: 'Social media',
              processes: [
                proc('Post weekly update', {
                  frequency: { period: 'week', count: 0 },
                  steps: [
                    step({ title: 'Draft' }),
                    step({ title: 'Review', probabilty: 50 }),
                    step({ title: 'Approve', performer: 'dana', probability: 150 }),
                    step({
                      title: 'Schedule posts',
                      minutes: -3,
                      whatIfs: [{ condition: 'No posts', action: 'Skip', linkedProcess: 'Nope' }],
                    }),
                  ],
                }),
              ],
            },
          ],
        },
        {
          name: '  ',
          description: 'x'.repeat(LIMITS.descriptionLength + 1),
          processes: [
            {
              name: 'n'.repeat(121),
              frequency: { period: 'fortnight', count: 1 },
              status: 'paused',
              steps: [
                { minutes: '5', kind: 'task', tools: ['Gmail', ''] },
                step({ value: 'high', ruleBased: 'yes', whatIfs: [{ condition: '' }] }),
              ],
            },
            { name: 'No steps', frequency: { period: 'on_demand', count: 3 } },
          ],
        },
      ]),
    );
    expect(problems.map((p) => `${p.path} | ${formatProblem(p)}`)).toEqual([
      'systems[0].systems[0].processes[0].frequency.count | Marketing › Social media › "Post weekly update": frequency.count must be more than 0',
      'systems[0].systems[0].processes[0].steps[1].probabilty | Marketing › Social media › "Post weekly update" › step 2 "Review": probabilty is not a known field: did you mean "probability"?',
      'systems[0].systems[0].processes[0].steps[2].performer | Marketing › Social media › "Post weekly update" › step 3 "Approve": performer must be an email address',
      'systems[0].systems[0].processes[0].steps[2].probability | Marketing › Social media › "Post weekly update" › step 3 "Approve": probability must be at most 100',
      'systems[0].systems[0].processes[0].steps[3].minutes | Marketing › Social media › "Post weekly update" › step 4 "Schedule posts": minutes must be 0 or more',
      'systems[0].systems[0].processes[0].steps[3].whatIfs[0].linkedProcess | Marketing › Social media › "Post weekly update" › step 4 "Schedule posts" › what-if 1: linkedProcess "Nope" names no process in this file',
      'systems[1].name | system 2: name must not be empty',
      'systems[1].description | system 2: description must be at most 2,000 characters (it has 2,001)',
      'systems[1].processes[0].name | system 2 › "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…": name must be at most 120 characters (it has 121)',
      'systems[1].processes[0].frequency.period | system 2 › "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…": frequency.period must be one of "day", "week", "month", "quarter", "year", "on_demand"',
      'systems[1].processes[0].status | system 2 › "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…": status must be one of "draft", "active", "archived"',
      'systems[1].processes[0].steps[0].minutes | system 2 › "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…" › step 1: minutes must be a number',
      'systems[1].processes[0].steps[0].kind | system 2 › "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…" › step 1: kind must be one of "action", "decision", "event"',
      'systems[1].processes[0].steps[0].tools[1] | system 2 › "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…" › step 1: tools[1] must not be empty',
      'systems[1].processes[0].steps[0].title | system 2 › "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…" › step 1: title is required',
      'systems[1].processes[0].steps[1].value | system 2 › "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…" › step 2 "Do it": value must be one of "customer", "required", "none", "unknown"',
      'systems[1].processes[0].steps[1].ruleBased | system 2 › "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…" › step 2 "Do it": ruleBased must be true or false',
      'systems[1].processes[0].steps[1].whatIfs[0].condition | system 2 › "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…" › step 2 "Do it" › what-if 1: condition must not be empty',
      'systems[1].processes[0].steps[1].whatIfs[0].action | system 2 › "nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…" › step 2 "Do it" › what-if 1: action is required',
      'systems[1].processes[1].frequency.count | system 2 › "No steps": frequency.count is not used with "on_demand": give runsPerYear instead',
      'systems[1].processes[1].frequency.runsPerYear | system 2 › "No steps": frequency.runsPerYear is required',
      'systems[1].processes[1].steps | system 2 › "No steps": steps is required',
    ]);
  });

  it('refuses a file that is not an Opslens file, or of another version, with one clear problem', () => {
    expect(problemsOf([1, 2]).map(formatProblem)).toEqual([
      'file: must be a JSON object with "format": "opslens"',
    ]);
    expect(problemsOf({ systems: [] }).map(formatProblem)).toEqual([
      'file: format is required: this does not look like an Opslens file ("format": "opslens")',
    ]);
    expect(problemsOf({ format: 'opslens', version: 2, systems: 'x' }).map(formatProblem)).toEqual([
      'file: version 2 is not supported: this Opslens reads version 1',
    ]);
    expect(
      problemsOf({ format: 'opslens', version: 1, systems: [], exportedAt: 'yesterday' }).map(
        formatProblem,
      ),
    ).toEqual(['file: exportedAt must be an ISO date and time, like 2025-01-31T09:00:00Z']);
  });

  it('points at the field that was meant when one is misspelt, at every level', () => {
    const problems = problemsOf({
      format: 'opslens',
      version: 1,
      exportedat: '2025-01-01T00:00:00Z',
      systems: [
        {
          name: 'Ops',
          descripton: 'x',
          processes: [
            proc('Run', {
              frequncy: 'weekly',
              steps: [
                step({
                  tool: ['Gmail'],
                  whatIfs: [{ condition: 'c', action: 'a', linkedproces: 'Run' }],
                }),
              ],
            }),
          ],
        },
      ],
    });
    expect(problems.map(formatProblem)).toEqual([
      'file: exportedat is not a known field: did you mean "exportedAt"?',
      'Ops: descripton is not a known field: did you mean "description"?',
      'Ops › "Run" › step 1 "Do it": tool is not a known field: did you mean "tools"?',
      'Ops › "Run" › step 1 "Do it" › what-if 1: linkedproces is not a known field: did you mean "linkedProcess"?',
      'Ops › "Run": frequncy is not a known field: did you mean "frequency"?',
    ]);
  });

  it('checks links between processes: unknown, near-miss, ambiguous, by ref, both, duplicate refs', () => {
    const problems = problemsOf(
      file([
        {
          name: 'Finance',
          processes: [
            proc('Invoice', {
              steps: [
                step({
                  whatIfs: [
                    { condition: 'a', action: 'b', linkedProcess: 'chase overdue invoice' },
                    { condition: 'a', action: 'b', linkedProcess: 'Review' },
                    { condition: 'a', action: 'b', linkedProcessRef: 'missing' },
                    {
                      condition: 'a',
                      action: 'b',
                      linkedProcess: 'Review',
                      linkedProcessRef: 'r1',
                    },
                  ],
                }),
              ],
            }),
            proc('Chase overdue invoice', { ref: 'r1' }),
            proc('Review', { ref: 'r1' }),
            proc('Review'),
          ],
        },
      ]),
    );
    expect(problems.map(formatProblem)).toEqual([
      'Finance › "Invoice" › step 1 "Do it" › what-if 1: linkedProcess "chase overdue invoice" names no process in this file: did you mean "Chase overdue invoice"?',
      'Finance › "Invoice" › step 1 "Do it" › what-if 2: linkedProcess "Review" is ambiguous: 2 processes in this file have that name. Give the one you mean a "ref" and link to it with "linkedProcessRef"',
      'Finance › "Invoice" › step 1 "Do it" › what-if 3: linkedProcessRef "missing" is the ref of no process in this file',
      'Finance › "Invoice" › step 1 "Do it" › what-if 4: has both linkedProcess and linkedProcessRef: keep one',
      'Finance › "Review": ref "r1" is already the ref of Finance › "Chase overdue invoice": refs must be unique in the file',
    ]);
  });

  it('resolves links by name or ref, forwards and backwards, across systems', () => {
    const { plan } = planOf(
      file([
        {
          name: 'Sales',
          processes: [
            proc('Quote', {
              steps: [
                step({ whatIfs: [{ condition: 'Late', action: 'Chase', linkedProcess: 'Chase' }] }),
              ],
            }),
          ],
          systems: [{ name: 'Inner', processes: [proc('Review', { ref: 'rev-1' })] }],
        },
        {
          name: 'Finance',
          processes: [
            proc('Chase', {
              steps: [
                step({
                  whatIfs: [{ condition: 'Disputed', action: 'Review', linkedProcessRef: 'rev-1' }],
                }),
              ],
            }),
            proc('Review'),
          ],
        },
      ]),
    );
    // Pre-order: Quote 0, Review (Inner) 1, Chase 2, Review 3.
    const links: (number | null)[] = [];
    const walk = (systems: ImportPlan['systems']) =>
      systems.forEach((s) => {
        s.processes.forEach((p) =>
          p.steps.forEach((st) => st.whatIfs.forEach((w) => links.push(w.linkedProcessIndex))),
        );
        walk(s.systems);
      });
    walk(plan.systems);
    expect(links).toEqual([2, 1]);
    expect(plan.systems[0]!.systems[0]!.processes[0]!.index).toBe(1);
    expect(plan.counts).toEqual({ systems: 3, processes: 4, steps: 4, whatIfs: 2 });
  });

  it('turns people who are not members into warnings, one per email, and leaves them unassigned', () => {
    const { plan, warnings } = planOf(
      file([
        {
          name: 'Ops',
          owner: 'ghost@example.com',
          processes: [
            proc('Run', {
              owner: 'SAM@example.com',
              steps: [
                step({ performer: 'ghost@example.com' }),
                step({ performer: ' Dana@Example.com ' }),
                step({ performer: 'ghost@example.com' }),
                step({ performer: 'casper@example.com' }),
                step({ performer: null }),
              ],
            }),
          ],
        },
      ]),
    );
    expect(warnings).toEqual([
      'Ops: owner ghost@example.com is not a member of this team: 2 steps and 1 system will be unassigned',
      'Ops › "Run" › step 4 "Do it": performer casper@example.com is not a member of this team: 1 step will be unassigned',
    ]);
    const run = plan.systems[0]!.processes[0]!;
    expect(plan.systems[0]!.ownerEmail).toBeNull();
    expect(run.ownerEmail).toBe('sam@example.com');
    expect(run.steps.map((s) => s.performerEmail)).toEqual([
      null,
      'dana@example.com',
      null,
      null,
      null,
    ]);
  });

  it('refuses files over the size limits before looking at their details', () => {
    const many = Array.from({ length: LIMITS.processes + 1 }, () => ({ name: 1 }));
    expect(problemsOf(file([{ name: 'Big', processes: many }])).map(formatProblem)).toEqual([
      'file: has 5,001 processes; at most 5,000 can be imported at once: split the file',
    ]);

    const steps = Array.from({ length: 50_001 }, () => 0);
    const tooManySteps = file([{ name: 'Big', processes: [{ steps }, { steps }] }]);
    expect(problemsOf(tooManySteps).map(formatProblem)).toEqual([
      'file: has 100,002 steps; at most 100,000 can be imported at once: split the file',
    ]);

    let deep: Record<string, unknown> = { name: 'Leaf' };
    for (let depth = 0; depth < LIMITS.systemDepth; depth++)
      deep = { name: `L${depth}`, systems: [deep] };
    const problems = problemsOf(file([deep]));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toBe('is nested more than 20 systems deep: flatten the tree');
    expect(problems[0]!.path).toBe(`systems[0]${'.systems[0]'.repeat(LIMITS.systemDepth)}`);
  });

  it('accepts an empty file (the export of an empty team)', () => {
    expect(planOf(file([])).plan.counts).toEqual({
      systems: 0,
      processes: 0,
      steps: 0,
      whatIfs: 0,
    });
  });
});

describe('parseImportText', () => {
  it('parses JSON, with or without a byte-order mark', () => {
    expect(parseImportText('\uFEFF{"format":"opslens"}')).toEqual({
      ok: true,
      json: { format: 'opslens' },
    });
  });

  it('points at the line and column of a syntax error', () => {
    const result = parseImportText('{\n  "format": "opslens",\n  "version": 1,,\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(formatProblem(result.problems[0]!)).toMatch(
      /^file: is not valid JSON at line 3, column 16 \(.+\)$/,
    );
  });

  it('refuses text over the size limit without parsing it', () => {
    const result = parseImportText(' '.repeat(LIMITS.fileBytes + 1));
    expect(result.ok || result.problems.map(formatProblem)).toEqual([
      'file: is over 50 MB, the most that can be imported at once: split it',
    ]);
  });
});
