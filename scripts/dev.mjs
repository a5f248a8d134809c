// `npm run dev`: the app on http://localhost:3000 (or PORT), with an embedded database and demo data.
import { spawn } from 'node:child_process';

const port = process.env.PORT ?? '3000';
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  // next-auth v4 must know the origin the browser uses, or sign-in lands signed out.
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
};
const child = spawn('npx', ['next', 'dev', '-p', port], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
