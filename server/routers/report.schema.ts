import { z } from 'zod';
import { ACTION_FILTERS, REVIEW_FILTERS, SORT_KEYS } from '@/server/report/filters';
import { entityId } from './system.schema';

export const reportScopeSchema = z.object({ systemId: entityId.nullable().default(null) });

/** Findings at most per page: enough to fill a screen twice, small whatever the team. */
export const MAX_PAGE = 100;

/** The report's filters and sort, as the URL carries them (see components/report/url-state). */
export const findingFiltersSchema = z.object({
  systemId: entityId.nullable().default(null),
  within: entityId.nullable().default(null),
  action: z.enum(ACTION_FILTERS).default('candidates'),
  review: z.enum(REVIEW_FILTERS).default('active'),
  /** A membershipId, or "unassigned". */
  performer: z.string().trim().min(1).max(64).nullable().default(null),
  q: z.string().trim().max(200, 'Use at most 200 characters.').default(''),
  sort: z.enum(SORT_KEYS).default('costSaved'),
});
export type FindingFilters = z.infer<typeof findingFiltersSchema>;

export const findingsPageSchema = findingFiltersSchema.extend({
  cursor: z.string().max(2000).nullable().default(null),
  limit: z.number().int().min(1).max(MAX_PAGE).default(50),
});
