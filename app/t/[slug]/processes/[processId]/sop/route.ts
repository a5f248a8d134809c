import { attachment, fileSlug, withTeamApi } from '@/server/team-download';
import { processToMarkdown } from '@/server/transfer/sop-markdown';
import { sopFromView } from '@/server/transfer/sop-from-view';

/** The process as a Markdown standard operating procedure. */
export async function GET(
  _req: Request,
  { params }: { params: Promise<{ slug: string; processId: string }> },
) {
  const { slug, processId } = await params;
  const found = await withTeamApi(slug, (api, team) =>
    api.process.get({ teamId: team.id, processId }),
  );
  if (!found.ok) return found.response;
  const view = found.value;
  const markdown = processToMarkdown(sopFromView(view), view.settings);
  return attachment(markdown, `${fileSlug(view.process.name)}.md`, 'text/markdown; charset=utf-8');
}
