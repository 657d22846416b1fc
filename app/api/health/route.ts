import { NextResponse } from 'next/server';
import { databaseHealth } from '@/lib/db/health';

/** Public liveness check for systemd, monitors and the e2e runner: no journal data. */
export async function GET() {
  const ok = await databaseHealth();
  return NextResponse.json({ ok }, { status: ok ? 200 : 503 });
}
