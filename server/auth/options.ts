import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import { safeCallbackUrl } from '@/components/auth/safe-callback-url';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import GoogleProvider from 'next-auth/providers/google';
import { getDb } from '@/db/client';
import { isDemoAccount } from '@/server/demo/account';
import { getLogger } from '@/server/log/logger';
import { nextAuthLogger } from '@/server/log/next-auth-logger';
import { requestIdFrom } from '@/server/log/request-id';
import { endAllSessions, findUserByEmail, findUserById, insertUser } from '@/server/queries/users';
import { clientAddress } from './client-address';
import { authenticateWithPassword, INVALID_CREDENTIALS, SignInError } from './credentials';
import { getAuthSecret } from './secret';

/** OAuth providers are on only when their credentials are configured. */
export function oauthProviders() {
  const providers = [];
  if (process.env.GITHUB_ID && process.env.GITHUB_SECRET) {
    providers.push(
      GitHubProvider({ clientId: process.env.GITHUB_ID, clientSecret: process.env.GITHUB_SECRET }),
    );
  }
  if (process.env.GOOGLE_CLIENT_ID && process.env.GOOGLE_CLIENT_SECRET) {
    providers.push(
      GoogleProvider({
        clientId: process.env.GOOGLE_CLIENT_ID,
        clientSecret: process.env.GOOGLE_CLIENT_SECRET,
      }),
    );
  }
  return providers;
}

let cached: NextAuthOptions | undefined;

/** Built on first use, not at import: `next build` imports this module and has no secret. */
export function getAuthOptions(): NextAuthOptions {
  cached ??= {
    secret: getAuthSecret(),
    // The Credentials provider needs JWT sessions; team membership is still read from the database per call.
    session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    // Through pino, codes and scrubbed errors only: next-auth's metadata can hold emails and tokens.
    logger: nextAuthLogger,
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(credentials, req) {
          // The user's id on success, never the email typed; the request id proxy.ts set.
          const line = {
            event: 'signIn',
            provider: 'credentials',
            requestId: requestIdFrom(req?.headers?.['x-request-id'] as string | undefined),
          };
          try {
            const user = await authenticateWithPassword(
              getDb(),
              credentials?.email ?? '',
              credentials?.password ?? '',
              new Date(),
              clientAddress(req?.headers ?? {}),
            );
            getLogger().info({ ...line, ok: true, userId: user.id }, 'sign-in');
            return {
              id: user.id,
              name: user.name,
              email: user.email,
              sessionVersion: user.sessionVersion,
            };
          } catch (err) {
            // next-auth passes a thrown Error's message to the client as `error`.
            if (err instanceof SignInError) {
              const reason = err.message === INVALID_CREDENTIALS ? 'invalid' : 'throttled';
              getLogger().info({ ...line, ok: false, reason }, 'sign-in refused');
              throw new Error(err.message);
            }
            throw err;
          }
        },
      }),
      ...oauthProviders(),
    ],
    events: {
      // Signing out ends every session of the user, on every device: their tokens' version is
      // now behind (server/auth/session.ts refuses them).
      async signOut({ token }) {
        if (typeof token?.uid !== 'string') return;
        const user = await findUserById(getDb(), token.uid);
        // The shared demo accounts stay signed in for every other visitor.
        if (user && !isDemoAccount(user.emailNormalized)) await endAllSessions(getDb(), user.id);
      },
    },
    callbacks: {
      // After an OAuth round trip: only a path on our own site (as the sign-in page checks).
      redirect({ url, baseUrl }) {
        const path = url.startsWith(baseUrl) ? url.slice(baseUrl.length) || '/' : url;
        return `${baseUrl}${safeCallbackUrl(path)}`;
      },
      async signIn({ user, account, profile }) {
        if (!account || account.provider === 'credentials') return true;
        if (!user.email) return '/sign-in?error=OAuthNoEmail';
        // Google says whether it verified the address; an unverified one proves nothing.
        if (
          account.provider === 'google' &&
          (profile as { email_verified?: boolean } | undefined)?.email_verified !== true
        ) {
          return '/sign-in?error=OAuthUnverified';
        }
        const db = getDb();
        const existing = await findUserByEmail(db, user.email);
        // Never join an OAuth sign-in to a password account: sign-up does not verify emails, so
        // someone could have registered the address first and would share the account.
        if (existing?.passwordHash) return '/sign-in?error=OAuthAccountNotLinked';
        if (!existing) {
          await insertUser(db, {
            name: user.name || user.email,
            email: user.email,
            passwordHash: null,
          });
        }
        return true;
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          if (account.provider === 'credentials') {
            token.uid = user.id;
            token.sv = user.sessionVersion ?? 0;
          } else if (user.email) {
            const found = await findUserByEmail(getDb(), user.email);
            token.uid = found?.id;
            token.sv = found?.sessionVersion ?? 0;
          }
        }
        return token;
      },
      async session({ session, token }) {
        if (session.user && typeof token.uid === 'string') {
          session.user.id = token.uid;
          session.user.sessionVersion = token.sv ?? 0;
        }
        return session;
      },
    },
  };
  return cached;
}
