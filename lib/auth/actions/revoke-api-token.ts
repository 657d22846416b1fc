'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { revokeApiToken } from '../api-tokens';
import { requireUser } from '../request';

const idSchema = z.coerce.number().int().positive();

export async function revokeApiTokenAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const id = idSchema.safeParse(formData.get('id'));
  if (id.success) await revokeApiToken(user.id, id.data);
  revalidatePath('/settings');
}
