import { reportDownload } from '@/server/report/report-download';

export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  return reportDownload(req, (await params).slug, 'json');
}
