import 'server-only';
import { TRPCError } from '@trpc/server';
import { getServerApi } from '@/trpc/server';

/**
 * Runs a download's reads through the router as the signed-in user: signed out → 401, a team
 * or record the caller cannot see → 404, never someone else's data.
 */
export async function withTeamApi<T>(
  slug: string,
  read: (
    api: Awaited<ReturnType<typeof getServerApi>>,
    team: { id: string; name: string; slug: string },
  ) => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; response: Response }> {
  const api = await getServerApi();
  try {
    const { team } = await api.team.bySlug({ slug });
    return { ok: true, value: await read(api, team) };
  } catch (err) {
    if (
      err instanceof TRPCError &&
      ['UNAUTHORIZED', 'NOT_FOUND', 'BAD_REQUEST'].includes(err.code)
    ) {
      return {
        ok: false,
        response: Response.json(
          { error: err.message },
          { status: err.code === 'UNAUTHORIZED' ? 401 : 404 },
        ),
      };
    }
    throw err;
  }
}

export function fileSlug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'file'
  );
}

export function attachment(body: string, filename: string, contentType: string): Response {
  return new Response(body, {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}
