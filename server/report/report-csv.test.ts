import { describe, expect, it } from 'vitest';
import type { PageFinding as ReportFinding } from './page-finding';
import { reportToCsv } from './report-csv';

const finding = (over: Partial<ReportFinding>): ReportFinding =>
  ({
    stepId: 's1',
    processId: 'p1',
    systemId: 'sys',
    performerId: 'm1',
    action: 'automate',
    keepReason: null,
    runsPerYear: 240,
    hoursPerYear: 60,
    costPerYear: 3000,
    hoursSavedPerYear: 60,
    costSavedPerYear: 3000,
    hoursFreedPerYear: 60,
    automationEffortHours: 8,
    breakEvenEffortHours: 300,
    paybackMonths: 1.6,
    suggestedMemberId: null,
    performerHourlyCost: 50,
    suggestedMemberHourlyCost: null,
    reasons: ['Runs 240×/year × 15 min = 60 h/year.', 'Follows fixed rules, "no" judgment.'],
    stepTitle: 'Send invoice',
    processName: 'Billing',
    systemName: 'AR',
    systemPath: ['Finance', 'AR'],
    systemPathIds: ['f', 'sys'],
    performerName: 'Alice',
    suggestedName: null,
    review: {
      status: 'accepted',
      reason: '',
      decidedByName: null,
      decidedAt: null,
      resurfaced: false,
    },
    ...over,
  }) as ReportFinding;

describe('reportToCsv', () => {
  it('writes a header and one row per finding, quoting what needs it', () => {
    const csv = reportToCsv([
      finding({}),
      finding({
        stepId: 's2',
        action: 'keep',
        keepReason: 'too_small',
        stepTitle: 'Tidy, then file',
      }),
    ]);
    const lines = csv.trimEnd().split('\r\n');
    // The keep reason in words, the reasons one per line inside their quoted cell.
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Rank,Action,Keep reason,Review,Step,/);
    expect(lines[1]).toBe(
      '1,automate,,accepted,Send invoice,Billing,Finance > AR,Alice,,240,60,3000,60,60,3000,300,1.6,"Runs 240×/year × 15 min = 60 h/year.\nFollows fixed rules, ""no"" judgment."',
    );
    expect(lines[2]).toContain('2,keep,Too small to matter,,"Tidy, then file"');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = reportToCsv([
      finding({ stepTitle: '=HYPERLINK("http://x")', processName: '+1', performerName: '@me' }),
    ]);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")",'+1`);
    expect(csv).toContain(",'@me,");
  });
});
