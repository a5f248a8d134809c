// The demo sign-in, shown on the sign-in page and in the README. No secrets here: it is public by design.
export const DEMO_EMAIL = 'demo@opslens.app';
export const DEMO_PASSWORD = 'opslens-demo';
export const DEMO_TEAM_NAME = 'Northwind Creative';

export function isDemoEnabled(): boolean {
  return !['off', 'false', '0', 'no'].includes((process.env.OPSLENS_DEMO ?? '').toLowerCase());
}
