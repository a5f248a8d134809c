/**
 * A signed-in client of one app server's HTTP API, as a script or a second browser tab would be:
 * next-auth's credentials sign-in, then tRPC calls with the session cookie.
 */
export type Outcome<T> =
  { ok: true; data: T } | { ok: false; code: string; message: string; status: number };

export class ApiClient {
  private cookie = '';

  constructor(readonly base: string) {}

  /** Signs in; true when the server opened a session. */
  async signIn(email: string, password: string): Promise<boolean> {
    const csrf = await fetch(`${this.base}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const jar = csrf.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const res = await fetch(`${this.base}/api/auth/callback/credentials`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar },
      body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
    });
    const session = res.headers
      .getSetCookie()
      .find((c) => c.startsWith('next-auth.session-token='));
    if (!session) return false;
    this.cookie = session.split(';')[0]!;
    return true;
  }

  query<T>(path: string, input: unknown): Promise<Outcome<T>> {
    const url = `${this.base}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
    return this.send<T>(url, { method: 'GET' });
  }

  mutate<T>(path: string, input: unknown): Promise<Outcome<T>> {
    return this.send<T>(`${this.base}/api/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: input }),
    });
  }

  /** The same, for a call that must succeed. */
  async must<T>(kind: 'query' | 'mutate', path: string, input: unknown): Promise<T> {
    const out = await (kind === 'query' ? this.query<T>(path, input) : this.mutate<T>(path, input));
    if (!out.ok) throw new Error(`${path} failed: ${out.code} ${out.message}`);
    return out.data;
  }

  private async send<T>(url: string, init: RequestInit): Promise<Outcome<T>> {
    const res = await fetch(url, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), cookie: this.cookie },
    });
    const body = (await res.json()) as {
      result?: { data: { json: T } };
      error?: { json: { message: string; data?: { code?: string } } };
    };
    if (body.result) return { ok: true, data: body.result.data.json };
    return {
      ok: false,
      code: body.error?.json.data?.code ?? 'UNKNOWN',
      message: body.error?.json.message ?? '',
      status: res.status,
    };
  }
}
