export async function register() {
  // Only the Node.js server touches the database; `next build` is not a server start.
  if (
    process.env.NEXT_RUNTIME !== 'nodejs' ||
    process.env.NEXT_PHASE === 'phase-production-build'
  ) {
    return;
  }
  const { startServer } = await import('./server/startup');
  await startServer();
}
