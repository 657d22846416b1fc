import { NextResponse } from 'next/server';
import { withApiAuth } from '@/lib/auth/api';

export const GET = withApiAuth(async (_request, { user }) =>
  NextResponse.json({ id: user.id, username: user.username }),
);
