// A throw-away PostgreSQL cluster for tests and the bench: initdb on a temporary folder, started
// on a free loopback port with durability off (nothing in it outlives the run), stopped and
// removed after. Needs PostgreSQL's server binaries (Debian: the `postgresql` package).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The folder with initdb and pg_ctl: PG_BIN, else the newest under /usr/lib/postgresql, else PATH. */
export function findPostgresBin(env = process.env) {
  if (env.PG_BIN) return env.PG_BIN;
  const root = '/usr/lib/postgresql';
  if (fs.existsSync(root)) {
    const versions = fs
      .readdirSync(root)
      .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length > 0) return path.join(root, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  if (which.status === 0) return path.dirname(which.stdout.trim());
  return null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * initdb refuses to run as root: as root, the cluster belongs to the `postgres` user (which
 * Debian's package creates) and its commands run as that user.
 */
function runAs() {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

function run(bin, args, user) {
  const result = spawnSync(bin, args, {
    encoding: 'utf8',
    ...(user ? { uid: user.uid, gid: user.gid } : {}),
    // Locale-independent messages and a UTF-8 cluster whatever the machine's locale.
    env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' },
  });
  if (result.status !== 0)
    throw new Error(`${path.basename(bin)} failed:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** Starts a cluster; resolves to its admin URL and a `stop` that removes every trace of it. */
export async function startCluster({ maxConnections = 300 } = {}) {
  const bin = findPostgresBin();
  if (!bin)
    throw new Error(
      'PostgreSQL server binaries not found: install them (Debian: apt-get install postgresql) or set PG_BIN.',
    );
  const user = runAs();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opslens-pg-'));
  if (user) fs.chownSync(dir, user.uid, user.gid);
  const data = path.join(dir, 'data');
  const port = await freePort();
  run(
    path.join(bin, 'initdb'),
    ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--no-instructions'],
    user,
  );
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses='127.0.0.1'",
    `-c max_connections=${maxConnections}`,
    // A test cluster: losing it in a crash costs nothing, waiting for the disk costs minutes.
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c shared_buffers=128MB',
  ].join(' ');
  run(
    path.join(bin, 'pg_ctl'),
    ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start'],
    user,
  );
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], user);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    log: path.join(dir, 'log'),
    stop,
  };
}
