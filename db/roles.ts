// Plain constants, safe to import from client components (the schema module is not).
export const ROLES = ['owner', 'admin', 'member'] as const;
export type Role = (typeof ROLES)[number];
