/**
 * What a shown finding carries: the model's numbers plus what only shown findings need (names,
 * titles, the reasons in words). Pure; the caller supplies the titles it read for the page.
 */
import type { CoreFinding } from '@/server/analysis';
import type { ReportModel } from './model';
import type { ModelFinding } from './model-types';
import type { Review } from '@/server/review/status';

export type PageFinding = Omit<CoreFinding, 'delegateChoice'> & {
  stepTitle: string;
  processName: string;
  systemName: string;
  /** Names from the top of the business down to the step's system. */
  systemPath: string[];
  performerName: string | null;
  suggestedName: string | null;
  review: Review;
  reasons: string[];
};

export type StepLabels = ReadonlyMap<string, { title: string; processName: string }>;

export function toPageFinding(
  model: ReportModel,
  { finding, review }: ModelFinding,
  labels: StepLabels,
): PageFinding {
  const { delegateChoice: _choice, ...numbers } = finding;
  const label = labels.get(finding.stepId);
  const path = model.systemPath(finding.systemId);
  return {
    ...numbers,
    stepTitle: label?.title ?? '',
    processName: label?.processName ?? '',
    systemName: path[path.length - 1] ?? '',
    systemPath: path,
    performerName: model.memberName(finding.performerId),
    suggestedName: model.memberName(finding.suggestedMemberId),
    review,
    reasons: model.explain(finding),
  };
}
