/**
 * The limits that keep one team or one user from stalling the server for everyone (documented
 * in the README). Rate limits count in the database, so they hold across app servers.
 */

export type RateRule = {
  /** Names the kind of work in the counters and in the message. */
  bucket: string;
  perUser: number;
  perTeam: number;
  windowMs: number;
  /** Finishes "You are … too often": what the user was doing. */
  doing: string;
};

export const RATE_RULES = {
  /** The report's summary and its pages of findings (scrolling reads a page at a time). */
  report: {
    bucket: 'report',
    perUser: 120,
    perTeam: 600,
    windowMs: 60_000,
    doing: 'loading the report',
  },
  /** CSV and JSON downloads of the report, which explain every finding. */
  exports: {
    bucket: 'export',
    perUser: 10,
    perTeam: 30,
    windowMs: 10 * 60_000,
    doing: 'downloading the report',
  },
  /** Imports, checks included. */
  imports: {
    bucket: 'import',
    perUser: 20,
    perTeam: 60,
    windowMs: 60 * 60_000,
    doing: 'importing',
  },
} as const satisfies Record<string, RateRule>;

/**
 * Steps a team may hold (live and removed): by default 5× the design's large team;
 * OPSLENS_MAX_STEPS_PER_TEAM sets another number.
 */
export function maxStepsPerTeam(env = process.env): number {
  const set = Number(env.OPSLENS_MAX_STEPS_PER_TEAM);
  return Number.isInteger(set) && set > 0 ? set : 200_000;
}

/** OPSLENS_RATE_LIMITS=off turns the rate limits off, for load tests on a private server only. */
export function rateLimitsEnabled(env = process.env): boolean {
  return env.OPSLENS_RATE_LIMITS?.toLowerCase() !== 'off';
}
