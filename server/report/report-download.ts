import 'server-only';
import { withTeamApi } from '@/server/team-download';

/** The report for a download route, through the same router and checks as the page. */
export function reportForDownload(slug: string, systemId: string | null) {
  return withTeamApi(slug, async (api, team) => ({
    team,
    report: await api.report.get({ teamId: team.id, systemId }),
  }));
}

export function downloadName(slug: string, scope: string | null, ext: string) {
  const date = new Date().toISOString().slice(0, 10);
  const part = scope
    ? `-${scope
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}`
    : '';
  return `opslens-report-${slug}${part}-${date}.${ext}`;
}
