import { NextResponse } from 'next/server';
import { z } from 'zod';
import { apiError, invalid, readJsonObject } from '@/lib/api/response';
import { withApiAuth } from '@/lib/auth/api';
import { resolveReviewItem } from '@/lib/import';
import { tconstField } from '@/lib/import/schemas';
import { recordParamsSchema } from '../../ids';

type Context = RouteContext<'/api/v1/imports/review/[recordId]'>;

const choiceSchema = z.union(
  [z.object({ tconst: tconstField }).strict(), z.object({ unmatched: z.literal(true) }).strict()],
  { error: 'Send { "tconst": "tt…" } to pick a title, or { "unmatched": true } to keep the row unmatched.' },
);

/** Resolves a review-queue row: 200 { ok: true }; 409 with the reason when it cannot be (not in the queue, unknown title). */
export const POST = withApiAuth<Context>(async (request, context) => {
  const params = recordParamsSchema.safeParse(await context.params);
  if (!params.success) return invalid(params.error);
  const body = await readJsonObject(request);
  if (body instanceof NextResponse) return body;
  const choice = choiceSchema.safeParse(body);
  if (!choice.success) return invalid(choice.error);
  const result = await resolveReviewItem(context.user.id, params.data.recordId, choice.data);
  return result.ok ? NextResponse.json({ ok: true }) : apiError('conflict', result.message);
});
