import { downloadName, reportForDownload } from '@/server/report/report-download';
import { reportToCsv } from '@/server/report/report-csv';

export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const systemId = new URL(req.url).searchParams.get('system');
  const found = await reportForDownload(slug, systemId);
  if (!found.ok) return found.response;
  // A BOM so spreadsheet apps read the UTF-8 (×, €, names) correctly.
  return new Response(`\uFEFF${reportToCsv(found.value.report.findings)}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${downloadName(slug, found.value.report.scope.name, 'csv')}"`,
      'Cache-Control': 'no-store',
    },
  });
}
