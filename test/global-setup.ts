import pg from 'pg';
import { migrateDatabase, openDatabase } from '@/db/client';
import { TEMPLATE_DATABASE, testPostgresUrl, withDatabase } from './postgres';

/**
 * On PostgreSQL, migrates a template database once per run; every test file copies it
 * (test/db.ts) instead of running the migrations again. On SQLite there is nothing to do.
 */
export default async function setup() {
  const admin = testPostgresUrl();
  if (!admin) return;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  } finally {
    await client.end();
  }
  const { db, close } = openDatabase(withDatabase(admin, TEMPLATE_DATABASE), { poolSize: 1 });
  try {
    await migrateDatabase(db);
  } finally {
    await close();
  }
}
