import type { DefaultSession } from 'next-auth';

declare module 'next-auth' {
  interface Session {
    user?: DefaultSession['user'] & { id?: string; sessionVersion?: number };
  }
  interface User {
    sessionVersion?: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    /** The user's session version when this token was issued (users.session_version). */
    sv?: number;
  }
}
