/**
 * The report's view in the URL: zoom level, filters and sort, so a view can be shared and the
 * back button walks back through it. Shared by the server page (first render) and the client.
 */
import {
  createLoader,
  createSerializer,
  parseAsString,
  parseAsStringLiteral,
  type inferParserType,
} from 'nuqs/server';
import { ACTION_FILTERS, REVIEW_FILTERS, SORT_KEYS } from '@/server/report/filters';

export const reportParsers = {
  system: parseAsString,
  within: parseAsString,
  action: parseAsStringLiteral(ACTION_FILTERS).withDefault('candidates'),
  review: parseAsStringLiteral(REVIEW_FILTERS).withDefault('active'),
  performer: parseAsString,
  q: parseAsString.withDefault(''),
  sort: parseAsStringLiteral(SORT_KEYS).withDefault('costSaved'),
};

export type ReportView = inferParserType<typeof reportParsers>;

export const loadReportView = createLoader(reportParsers);
export const reportViewHref = createSerializer(reportParsers);

/** The findings procedure's input for a view. */
export function findingsInput(teamId: string, view: ReportView) {
  return {
    teamId,
    systemId: view.system,
    within: view.within,
    action: view.action,
    review: view.review,
    performer: view.performer,
    q: view.q,
    sort: view.sort,
    // A screen and a half of cards: what a phone hydrates first; more load as the list scrolls.
    limit: 25,
  };
}

/** Pages chain by the cursor each page ends with; the same options on the server and client. */
export const nextFindingsCursor = (last: { nextCursor: string | null }) => last.nextCursor;
