'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction, formObject } from '../../auth/action';
import { isOwner } from '../../auth/users';
import { imdbDataStatus } from '../../titles/imdb-status';
import { launchEtl, SAMPLE_SOURCE } from '../etl-launcher';

const kindSchema = z.enum(['imdb', 'sample']);

/** "Load IMDb data" (from IMDb's host) or "Load sample data" (shipped with the app, offline): owner only. */
export const startEtlAction = authedAction(
  formObject(z.object({ kind: kindSchema })),
  undefined,
  async ({ kind }, user) => {
    if (!(await isOwner(user.id))) return;
    // The sample would replace a full load (it is forced past the row-count guard).
    if (kind === 'sample' && (await imdbDataStatus()).titles > 5000) return;
    launchEtl(kind === 'sample' ? ['--source', SAMPLE_SOURCE, '--force'] : []);
    // Give the run a moment to record itself, so the page shows it at once.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    revalidatePath('/status');
  },
);
