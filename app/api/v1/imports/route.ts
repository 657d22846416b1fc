import { NextResponse } from 'next/server';
import { apiErrorBody } from '@/lib/api/response';
import { withApiAuth } from '@/lib/auth/api';
import { listImportBatches, previewImport } from '@/lib/import';
import { previewAnswer, readUpload } from './upload';

/** The caller's imports (previews, imported and undone), newest first. */
export const GET = withApiAuth(async (_request, { user }) =>
  NextResponse.json({ imports: await listImportBatches(user.id) }),
);

/**
 * Uploads files and answers their preview (201), or why there is none (422). Nothing reaches the
 * journal before POST /imports/{id}/commit. With `Accept: application/x-ndjson` the answer is a
 * stream of progress lines ending in `{ "type": "result", "status", "body" }`.
 */
export const POST = withApiAuth(async (request, { user }) => {
  const upload = await readUpload(request);
  if (upload instanceof NextResponse) return upload;
  const { files, ...options } = upload;

  if (!request.headers.get('accept')?.includes('application/x-ndjson')) {
    const { status, body } = previewAnswer(await previewImport(user.id, files, options));
    const location =
      status === 201 ? { Location: `/api/v1/imports/${(body as { batchId: number }).batchId}` } : undefined;
    return NextResponse.json(body, { status, headers: location });
  }

  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      // A client that went away stops the lines, not the preview (it is stored, and shown in the history).
      const send = (event: object) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        } catch {
          open = false;
        }
      };
      let sentAt = 0;
      let lastPhase: string | undefined;
      // At most a few lines a second, but always the end of each phase and the start of the next.
      const onProgress = (done: number, total: number, phase?: string) => {
        if (phase === lastPhase && done < total && Date.now() - sentAt < 150) return;
        sentAt = Date.now();
        lastPhase = phase;
        send({ type: 'progress', phase, done, total });
      };
      try {
        send({ type: 'progress', phase: 'read', done: 0, total: 0 });
        send({
          type: 'result',
          ...previewAnswer(await previewImport(user.id, files, { ...options, onProgress })),
        });
      } catch (error) {
        console.error('import preview failed', error);
        send({
          type: 'result',
          status: 500,
          body: apiErrorBody('internal', 'The import failed; nothing was written.'),
        });
      }
      if (open) controller.close();
    },
  });
  return new Response(stream, {
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' },
  });
});
