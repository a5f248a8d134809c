import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // `server-only` throws outside Next's server bundles; in tests we are the server.
      'server-only': path.join(root, 'test/server-only-stub.ts'),
    },
  },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**'],
    environment: 'node',
    // Each test file gets its own database: a temporary SQLite file, or a PostgreSQL database
    // copied from a migrated template (test/db.ts, test/global-setup.ts).
    pool: 'forks',
    globalSetup: ['test/global-setup.ts'],
    reporters: [
      'default',
      ['json', { outputFile: process.env.UNIT_REPORT ?? 'reports/unit.json' }],
    ],
  },
});
