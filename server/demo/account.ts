import type { Role } from '@/db/roles';

// The demo sign-in, shown on the sign-in page and in the README. No secrets here: it is public by design.
export const DEMO_EMAIL = 'demo@opslens.app';
export const DEMO_PASSWORD = 'opslens-demo';
export const DEMO_TEAM_NAME = 'Northwind Creative';

/** The demo owner's own numbers: the most expensive hour on the team, with no spare capacity. */
export const DEMO_OWNER = {
  name: 'Dana Demo',
  email: DEMO_EMAIL,
  hourlyCost: 120,
  weeklyCapacityHours: 0,
} as const;

export type DemoTeammate = {
  name: string;
  email: string;
  role: Exclude<Role, 'owner'>;
  hourlyCost: number;
  weeklyCapacityHours: number;
};

/**
 * Dana's teammates. They sign in with the same demo password, so the demo can show delegation
 * from both sides (Dana hands a step over, Sam accepts it).
 */
export const DEMO_TEAMMATES: readonly DemoTeammate[] = [
  // Account manager: busy with clients, little spare time.
  {
    name: 'Maya Patel',
    email: 'maya@opslens.app',
    role: 'admin',
    hourlyCost: 55,
    weeklyCapacityHours: 2,
  },
  // Junior designer.
  {
    name: 'Leo Brooks',
    email: 'leo@opslens.app',
    role: 'member',
    hourlyCost: 28,
    weeklyCapacityHours: 8,
  },
  // Virtual assistant: the cheapest hour, with the most room for delegated work.
  {
    name: 'Sam Ortiz',
    email: 'sam@opslens.app',
    role: 'member',
    hourlyCost: 22,
    weeklyCapacityHours: 10,
  },
  // Part-time bookkeeper.
  {
    name: 'Priya Shah',
    email: 'priya@opslens.app',
    role: 'member',
    hourlyCost: 40,
    weeklyCapacityHours: 4,
  },
];

/**
 * The demo is on by default on a laptop (`npm run dev`) and off in production, where a public
 * password must not open an account; OPSLENS_DEMO=on or off says so explicitly.
 */
export function isDemoEnabled(): boolean {
  const setting = (process.env.OPSLENS_DEMO ?? '').toLowerCase();
  if (['off', 'false', '0', 'no'].includes(setting)) return false;
  if (['on', 'true', '1', 'yes'].includes(setting)) return true;
  return process.env.NODE_ENV !== 'production';
}

/** The shared demo accounts: their password is public, and every visitor relies on it. */
export function isDemoAccount(emailNormalized: string): boolean {
  return emailNormalized === DEMO_EMAIL || DEMO_TEAMMATES.some((t) => t.email === emailNormalized);
}
