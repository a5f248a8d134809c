import { defineConfig } from 'drizzle-kit';

// Only `drizzle-kit generate` uses these: the app applies migrations itself at start.
// SQLite (the default) and PostgreSQL (DRIZZLE_DIALECT=postgresql) have their own folders;
// `npm run db:generate` writes both.
export default process.env.DRIZZLE_DIALECT === 'postgresql'
  ? defineConfig({
      dialect: 'postgresql',
      schema: './db/schema/pg.ts',
      out: './db/migrations-pg',
    })
  : defineConfig({
      dialect: 'sqlite',
      schema: './db/schema/sqlite.ts',
      out: './db/migrations',
    });
