/** The report's filter and sort choices: shared by the model, the procedures and the URL. */

export const ACTION_FILTERS = [
  'candidates',
  'remove',
  'automate',
  'delegate',
  'keep',
  'all',
] as const;
export type ActionFilter = (typeof ACTION_FILTERS)[number];

/** "active" is everything but dismissed findings: what the team still has to look at or track. */
export const REVIEW_FILTERS = ['active', 'open', 'accepted', 'done', 'dismissed', 'all'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

export const SORT_KEYS = ['costSaved', 'hoursSaved', 'hours', 'cost'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
