'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '../request';
import { revokeSession } from '../sessions';

const idSchema = z.string().regex(/^[0-9a-f]{64}$/);

export async function revokeSessionAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const id = idSchema.safeParse(formData.get('id'));
  if (id.success) await revokeSession(user.id, id.data);
  revalidatePath('/settings');
}
