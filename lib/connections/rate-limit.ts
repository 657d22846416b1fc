// Deliveries per webhook secret, counted in memory per minute: a media server sends a handful a
// minute at most (play, pause, resume, stop); a loop or a flood gets 429 until the minute is over.

const PER_MINUTE = 60;
const windows = new Map<string, { start: number; count: number }>();

/** Seconds until another delivery is allowed for this key, or 0 (and the delivery is counted). */
export function takeDelivery(key: string, now = Date.now()): number {
  const minute = now - (now % 60_000);
  const entry = windows.get(key);
  if (!entry || entry.start !== minute) {
    if (windows.size > 10_000) windows.clear();
    windows.set(key, { start: minute, count: 1 });
    return 0;
  }
  entry.count += 1;
  return entry.count > PER_MINUTE ? Math.ceil((minute + 60_000 - now) / 1000) : 0;
}

export function resetDeliveryLimits(): void {
  windows.clear();
}
