'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/request';
import { revokeConnection } from '../connections';

const idSchema = z.coerce.number().int().positive();

/** The connection's URL answers 404 from now on; its delivery log stays. */
export async function revokeConnectionAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const id = idSchema.safeParse(formData.get('id'));
  if (id.success) await revokeConnection(user.id, id.data);
  revalidatePath('/settings');
}
