import { fileSlug, streamedAttachment, withTeamApi } from '@/server/team-download';

/** The team's (or one system's) documentation in the import format: ?system=ID for one system. */
export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const systemId = new URL(req.url).searchParams.get('system') || null;
  const found = await withTeamApi(slug, async (api, team) => {
    const chunks = (await api.transfer.export({ teamId: team.id, systemId }))[
      Symbol.asyncIterator
    ]();
    // The first chunk is read here: a system that is not there is a 404, not a broken file.
    return { chunks, first: await chunks.next() };
  });
  if (!found.ok) return found.response;
  const date = new Date().toISOString().slice(0, 10);
  return streamedAttachment(found.value.first, found.value.chunks, {
    filename: `opslens-${fileSlug(slug)}${systemId ? '-system' : ''}-${date}.json`,
    contentType: 'application/json; charset=utf-8',
  });
}
