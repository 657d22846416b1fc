'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireUser } from '@/lib/auth/request';
import { dismissInboxItem } from '../deliveries';

const idSchema = z.coerce.number().int().positive();

/** Off the Home inbox; the viewing (if one was logged) and the delivery log stay. */
export async function dismissInboxAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const id = idSchema.safeParse(formData.get('id'));
  if (id.success) await dismissInboxItem(user.id, id.data);
  revalidatePath('/');
}
