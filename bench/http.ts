/**
 * The report over HTTP, against the production build (`next build`, `next start`) on a database
 * with the demo team and teams of every size: page and procedure times and bytes, the small
 * authenticated read beside a bare node:http server (wrk on loopback), one team's small reads
 * while another hammers its report and downloads, first-load JavaScript per page in Chromium,
 * and Lighthouse's mobile preset.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { and, asc, eq } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { processes, teams } from '@/db/schema';
import { DEMO_EMAIL, DEMO_PASSWORD } from '@/server/demo/account';
import { seedDemoIfEmpty } from '@/server/demo/seed';
import { hashPassword } from '@/server/auth/password';
import { BENCH_PASSWORD, buildTeam, SIZES } from './fixture';
import { summarize, type Sample } from './stats';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

type Team = {
  key: string;
  label: string;
  teamId: string;
  slug: string;
  email: string;
  password: string;
  processId: string;
  steps: number;
};

export type HttpFigures = Awaited<ReturnType<typeof httpBench>>;

// ---------- plumbing ----------

/** A GET with gzip, timed, counting the bytes on the wire and after decoding. */
function get(
  url: string,
  cookie?: string,
): Promise<{ status: number; ms: number; wire: number; bytes: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.get(
      url,
      { headers: { 'accept-encoding': 'gzip', ...(cookie ? { cookie } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const body = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw;
          resolve({
            status: res.statusCode ?? 0,
            ms: performance.now() - started,
            wire: raw.length,
            bytes: body.length,
            body,
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
  });
}

async function waitFor(url: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const r = await get(url);
      if (r.status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`${url} did not come up`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function stop(child: ChildProcess) {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

/** Signs in through next-auth's credentials endpoint, as the sign-in form does. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith('next-auth.session-token='));
  if (!session) throw new Error(`signing in as ${email} failed (${res.status})`);
  return session.split(';')[0]!;
}

const trpcUrl = (base: string, path: string, input: unknown) =>
  `${base}/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

type Wrk = { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number };

/** wrk on loopback: requests per second and latency percentiles. */
function wrk(
  url: string,
  {
    cookie,
    connections = 20,
    seconds = 8,
  }: { cookie?: string; connections?: number; seconds?: number },
): Wrk {
  const args = [
    '-t2',
    `-c${connections}`,
    `-d${seconds}s`,
    '--latency',
    ...(cookie ? ['-H', `Cookie: ${cookie}`] : []),
    url,
  ];
  const run = spawnSync('wrk', args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`wrk failed: ${run.stderr || run.error?.message}`);
  const out = run.stdout;
  const unit = (v: string, u: string) => Number(v) * (u === 's' ? 1000 : u === 'us' ? 0.001 : 1);
  const pct = (p: string) => {
    const m = new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(out);
    return m ? unit(m[1]!, m[2]!) : NaN;
  };
  const errors = /Non-2xx or 3xx responses: (\d+)/.exec(out);
  return {
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN),
    p50Ms: pct('50'),
    p99Ms: pct('99'),
    errors: errors ? Number(errors[1]) : 0,
  };
}

// ---------- the database ----------

async function buildDatabase(file: string): Promise<Team[]> {
  const { db, close } = openDatabase(file);
  try {
    await seedDemoIfEmpty(db);
    const demo = (await db.select().from(teams).limit(1))[0]!;
    const firstProcess = await db
      .select({ id: processes.id })
      .from(processes)
      .where(and(eq(processes.teamId, demo.id)))
      .orderBy(asc(processes.name))
      .limit(1);
    const out: Team[] = [
      {
        key: 'demo',
        label: 'demo',
        teamId: demo.id,
        slug: demo.slug,
        email: DEMO_EMAIL,
        password: DEMO_PASSWORD,
        processId: firstProcess[0]!.id,
        steps: 81,
      },
    ];
    const hash = await hashPassword(BENCH_PASSWORD);
    for (const key of ['small', 'mid', 'large', 'xlarge'] as const) {
      const t = await buildTeam(db, SIZES[key], key, hash);
      out.push({
        key,
        label: SIZES[key].label,
        teamId: t.teamId,
        slug: t.slug,
        email: t.ownerEmail,
        password: BENCH_PASSWORD,
        processId: t.processId,
        steps: t.stepCount,
      });
    }
    return out;
  } finally {
    await close();
  }
}

// ---------- the measurements ----------

async function timeRepeated(
  url: string,
  cookie: string,
  { runs, before }: { runs: number; before?: () => void },
): Promise<{ time: Sample; wire: number; bytes: number }> {
  const times: number[] = [];
  let last = { wire: 0, bytes: 0 };
  for (let i = 0; i < runs + 1; i++) {
    before?.();
    const r = await get(url, cookie);
    if (r.status !== 200) throw new Error(`${url} answered ${r.status}`);
    if (i > 0) times.push(r.ms); // the first run warms the route
    last = { wire: r.wire, bytes: r.bytes };
  }
  return { time: summarize(times), ...last };
}

/** First-load JavaScript of a page on a cold load in Chromium: script bytes on the wire. */
async function pageWeights(base: string, cookie: string, pages: { name: string; path: string }[]) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS.filter((f) => f !== '--headless=new'),
  });
  const out: { page: string; scriptKb: number; requests: number }[] = [];
  try {
    for (const page of pages) {
      const context = await browser.newContext();
      const [name, value] = cookie.split('=');
      await context.addCookies([{ name: name!, value: value!, domain: '127.0.0.1', path: '/' }]);
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const scripts = new Set<string>();
      let bytes = 0;
      cdp.on('Network.responseReceived', (e) => {
        if (e.type === 'Script') scripts.add(e.requestId);
      });
      cdp.on('Network.loadingFinished', (e) => {
        if (scripts.has(e.requestId)) bytes += e.encodedDataLength;
      });
      await tab.goto(`${base}${page.path}`, { waitUntil: 'networkidle' });
      out.push({ page: page.name, scriptKb: bytes / 1024, requests: scripts.size });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

/** Lighthouse (pinned 12.2.3) with its default mobile preset, signed in by cookie. */
async function lighthouseRuns(
  base: string,
  runs: { name: string; path: string; cookie: string }[],
) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const out: { page: string; performance: number; lcpMs: number; tbtMs: number; fcpMs: number }[] =
    [];
  for (const run of runs) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM,
      chromeFlags: CHROMIUM_FLAGS,
    });
    try {
      const result = await lighthouse(`${base}${run.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        extraHeaders: { Cookie: run.cookie },
      });
      const lhr = result!.lhr;
      out.push({
        page: run.name,
        performance: Math.round((lhr.categories.performance!.score ?? 0) * 100),
        lcpMs: lhr.audits['largest-contentful-paint']!.numericValue ?? NaN,
        tbtMs: lhr.audits['total-blocking-time']!.numericValue ?? NaN,
        fcpMs: lhr.audits['first-contentful-paint']!.numericValue ?? NaN,
      });
    } finally {
      chrome.kill();
    }
  }
  return out;
}

/** Keeps hammering a team's report (always cold: its version is bumped) and its downloads. */
function hammer(base: string, team: Team, cookie: string, bump: () => void, workers: number) {
  let running = true;
  let requests = 0;
  const sorts = ['costSaved', 'hoursSaved', 'hours', 'cost'];
  // Most loops recompute the report (its version is bumped first) and page through it; one in
  // three downloads every finding as CSV.
  const loops = Array.from({ length: workers }, async (_, w) => {
    for (let i = 0; running; i++) {
      bump();
      const urls =
        w % 3 === 2
          ? [`${base}/t/${team.slug}/report/export.csv?action=all`]
          : [
              trpcUrl(base, 'report.get', { teamId: team.teamId, systemId: null }),
              trpcUrl(base, 'report.findings', {
                teamId: team.teamId,
                action: 'all',
                sort: sorts[i % sorts.length],
                limit: 100,
              }),
              `${base}/t/${team.slug}/report`,
            ];
      for (const url of urls) {
        await get(url, cookie).catch(() => undefined);
        requests += 1;
      }
    }
  });
  return async () => {
    running = false;
    await Promise.all(loops);
    return requests;
  };
}

// ---------- the run ----------

export async function httpBench({
  skipBuild,
  lighthouse = true,
}: {
  skipBuild: boolean;
  lighthouse?: boolean;
}) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  if (!skipBuild) {
    const build = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
      stdio: 'inherit',
      env,
    });
    if (build.status !== 0) throw new Error('next build failed');
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opslens-bench-http-'));
  const file = path.join(dir, 'bench.db');
  const started = performance.now();
  const teamList = await buildDatabase(file);
  console.error(`bench database built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const port = 3300 + Math.floor(Math.random() * 200);
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      env: {
        ...env,
        NODE_ENV: 'production',
        DATABASE_URL: file,
        NEXTAUTH_URL: base,
        NEXTAUTH_SECRET: 'bench-only-secret-0123456789abcdef0123456789',
        OPSLENS_DEMO: 'off',
        // The bench drives far more requests than a person could: the figures are the server's.
        OPSLENS_RATE_LIMITS: 'off',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const barePort = port + 1;
  const bare = spawn(process.execPath, ['bench/bare-server.mjs', file, String(barePort)], {
    stdio: 'ignore',
  });
  // The bench's own connection to the server's file, for the version bumps of the cold runs.
  const connection = openDatabase(file, { migrate: false });
  if (connection.engine.dialect !== 'sqlite') throw new Error('The HTTP bench runs on SQLite.');
  const sqlite = connection.engine.writerRaw;
  const bumpVersion = sqlite.prepare(
    'UPDATE teams SET data_version = data_version + 1 WHERE id = ?',
  );
  try {
    await waitFor(`${base}/sign-in`);
    await waitFor(`http://127.0.0.1:${barePort}/?team=x&process=y`);
    const cookies = new Map<string, string>();
    for (const t of teamList) cookies.set(t.key, await signIn(base, t.email, t.password));
    const team = (key: string) => teamList.find((t) => t.key === key)!;

    // 1. The report page and report.get per size, cold (version just bumped) and warm.
    const report = [];
    for (const t of teamList.filter((x) => x.key !== 'demo')) {
      const cookie = cookies.get(t.key)!;
      const runs = t.key === 'xlarge' ? 3 : 5;
      const bump = () => bumpVersion.run(t.teamId);
      const pageUrl = `${base}/t/${t.slug}/report`;
      const getUrl = trpcUrl(base, 'report.get', { teamId: t.teamId, systemId: null });
      const firstPage = trpcUrl(base, 'report.findings', { teamId: t.teamId, limit: 50 });
      report.push({
        size: t.label,
        steps: t.steps,
        pageCold: await timeRepeated(pageUrl, cookie, { runs, before: bump }),
        pageWarm: await timeRepeated(pageUrl, cookie, { runs: 10 }),
        getCold: await timeRepeated(getUrl, cookie, { runs, before: bump }),
        getWarm: await timeRepeated(getUrl, cookie, { runs: 10 }),
        findingsWarm: await timeRepeated(firstPage, cookie, { runs: 10 }),
      });
    }

    // 2. One small authenticated read (a process page's data) beside the bare server.
    const large = team('large');
    const smallRead = trpcUrl(base, 'process.get', {
      teamId: large.teamId,
      processId: large.processId,
    });
    await get(smallRead, cookies.get('large'));
    const app = wrk(smallRead, { cookie: cookies.get('large') });
    const anchor = wrk(
      `http://127.0.0.1:${barePort}/?team=${large.teamId}&process=${large.processId}`,
      {},
    );

    // 3. Isolation: the small team's small read, alone and while the large team hammers.
    const small = team('small');
    const victimUrl = trpcUrl(base, 'process.get', {
      teamId: small.teamId,
      processId: small.processId,
    });
    const alone = wrk(victimUrl, { cookie: cookies.get('small'), connections: 8, seconds: 8 });
    const stopHammer = hammer(
      base,
      large,
      cookies.get('large')!,
      () => bumpVersion.run(large.teamId),
      6,
    );
    await new Promise((r) => setTimeout(r, 1500));
    const underLoad = wrk(victimUrl, { cookie: cookies.get('small'), connections: 8, seconds: 10 });
    const hammerRequests = await stopHammer();

    // 4. First-load JavaScript per main page (the demo team), cold, in Chromium.
    const demo = team('demo');
    const demoSystem = sqlite
      .prepare(
        'SELECT id FROM systems WHERE team_id = ? AND parent_id IS NULL ORDER BY name LIMIT 1',
      )
      .get(demo.teamId) as { id: string };
    const pages = [
      { name: 'business (home)', path: `/t/${demo.slug}` },
      { name: 'system', path: `/t/${demo.slug}/systems/${demoSystem.id}` },
      { name: 'process', path: `/t/${demo.slug}/processes/${demo.processId}` },
      { name: 'report', path: `/t/${demo.slug}/report` },
      { name: 'my assignments', path: `/t/${demo.slug}/assignments` },
      { name: 'team assignments', path: `/t/${demo.slug}/assignments/team` },
      { name: 'capacity', path: `/t/${demo.slug}/capacity` },
      { name: 'members', path: `/t/${demo.slug}/members` },
      { name: 'settings', path: `/t/${demo.slug}/settings` },
      { name: 'activity', path: `/t/${demo.slug}/activity` },
      { name: 'import', path: `/t/${demo.slug}/import` },
    ];
    const weights = await pageWeights(base, cookies.get('demo')!, pages);

    // 5. Lighthouse, mobile preset: the report and process pages at demo, mid and large size.
    const mid = team('mid');
    const scores = lighthouse
      ? await lighthouseRuns(base, [
          { name: 'demo report', path: `/t/${demo.slug}/report`, cookie: cookies.get('demo')! },
          {
            name: 'demo process',
            path: `/t/${demo.slug}/processes/${demo.processId}`,
            cookie: cookies.get('demo')!,
          },
          { name: 'mid report', path: `/t/${mid.slug}/report`, cookie: cookies.get('mid')! },
          {
            name: 'mid process',
            path: `/t/${mid.slug}/processes/${mid.processId}`,
            cookie: cookies.get('mid')!,
          },
          { name: 'large report', path: `/t/${large.slug}/report`, cookie: cookies.get('large')! },
          {
            name: 'large process',
            path: `/t/${large.slug}/processes/${large.processId}`,
            cookie: cookies.get('large')!,
          },
        ])
      : [];

    return {
      report,
      smallRead: {
        app,
        bareNodeHttp: anchor,
        ratio: anchor.requestsPerSecond / app.requestsPerSecond,
      },
      isolation: { alone, underLoad, hammerRequests },
      pageWeights: weights,
      lighthouse: scores,
    };
  } finally {
    await connection.close();
    await Promise.all([stop(server), stop(bare)]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
