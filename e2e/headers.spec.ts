import { expect, test } from './support/test';

test('pages carry a nonce CSP and the security headers; the API is never cached', async ({
  page,
}) => {
  const res = await page.goto('/sign-in');
  const headers = res!.headers();
  const csp = headers['content-security-policy'] ?? '';
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, csp).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-eval');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-content-type-options']).toBe('nosniff');
  // Every script the page runs carries this request's nonce, and the page still works.
  const scripts = await page
    .locator('script')
    .evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  expect(new Set(scripts)).toEqual(new Set([nonce]));
  await expect(page.getByRole('button', { name: 'Try the demo' })).toBeEnabled();
  // A second request gets another nonce.
  const again = await page.request.get('/sign-in');
  expect(again.headers()['content-security-policy']).not.toContain(nonce!);

  // The health check says the database answers, and nothing more.
  const health = await page.request.get('/api/health');
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: 'ok', database: 'ok' });

  const api = await page.request.get('/api/trpc/user.me');
  expect(api.headers()['cache-control']).toBe('no-store');
});
