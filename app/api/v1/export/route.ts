import { z } from 'zod';
import { invalid, queryOf } from '@/lib/api/response';
import { withApiAuth } from '@/lib/auth/api';
import { exportJournalCsv, exportJournalJson } from '@/lib/export';

const querySchema = z.object({
  format: z.enum(['csv', 'json'], { error: 'format is csv or json.' }).default('csv'),
});

/** A download of the caller's whole journal: CSV (one row per viewing) or JSON (everything). */
export const GET = withApiAuth(async (request, { user }) => {
  const query = querySchema.safeParse(queryOf(request));
  if (!query.success) return invalid(query.error);
  const { format } = query.data;
  const day = new Date().toISOString().slice(0, 10);
  const headers = {
    'Content-Disposition': `attachment; filename="movie-journal-${day}.${format}"`,
    'Cache-Control': 'no-store',
  };
  if (format === 'json') {
    const body = `${JSON.stringify(await exportJournalJson(user.id), null, 2)}\n`;
    return new Response(body, { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
  }
  return new Response(streamOf(exportJournalCsv(user.id)), {
    headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' },
  });
});

/** The CSV as it is written, chunk by chunk: a long journal never sits in memory whole. */
function streamOf(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
