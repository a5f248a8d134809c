import { attachment, fileSlug, withTeamApi } from '@/server/team-download';

/** The team's (or one system's) documentation in the import format: ?system=ID for one system. */
export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const systemId = new URL(req.url).searchParams.get('system');
  const found = await withTeamApi(slug, (api, team) =>
    api.transfer.export({ teamId: team.id, systemId }),
  );
  if (!found.ok) return found.response;
  const date = new Date().toISOString().slice(0, 10);
  const name = `opslens-${fileSlug(slug)}${systemId ? '-system' : ''}-${date}.json`;
  return attachment(JSON.stringify(found.value, null, 2), name, 'application/json; charset=utf-8');
}
