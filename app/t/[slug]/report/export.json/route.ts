import { downloadName, reportForDownload } from '@/server/report/report-download';

export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const systemId = new URL(req.url).searchParams.get('system');
  const found = await reportForDownload(slug, systemId);
  if (!found.ok) return found.response;
  const { canReview: _canReview, ...report } = found.value.report;
  const body = {
    team: { name: found.value.team.name, slug: found.value.team.slug },
    generatedAt: new Date().toISOString(),
    ...report,
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${downloadName(slug, found.value.report.scope.name, 'json')}"`,
      'Cache-Control': 'no-store',
    },
  });
}
