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
    // A streamed download's broken rules reach here as tRPC errors too (server/trpc/init.ts).
    if (
      err instanceof TRPCError &&
      ['UNAUTHORIZED', 'NOT_FOUND', 'BAD_REQUEST', 'TOO_MANY_REQUESTS'].includes(err.code)
    ) {
      return {
        ok: false,
        response: Response.json(
          { error: err.message },
          {
            status:
              err.code === 'UNAUTHORIZED' ? 401 : err.code === 'TOO_MANY_REQUESTS' ? 429 : 404,
          },
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

/** Streams text chunks as a download, reading the next chunk only when the client wants it. */
export function streamedAttachment(
  first: IteratorResult<string>,
  rest: AsyncIterator<string>,
  {
    filename,
    contentType,
    prefix = '',
  }: { filename: string; contentType: string; prefix?: string },
): Response {
  const encoder = new TextEncoder();
  let pending: IteratorResult<string> | null = first;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (prefix) controller.enqueue(encoder.encode(prefix));
    },
    async pull(controller) {
      const next = pending ?? (await rest.next());
      pending = null;
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await rest.return?.();
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    },
  });
}
