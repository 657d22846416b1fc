// Small number formats of the statistics screens.

export const count = (n: number) => n.toLocaleString('en');

export const plural = (n: number, one: string, many = `${one}s`) => `${count(n)} ${n === 1 ? one : many}`;

export const grade = (g: number | null | undefined) => (g == null ? '–' : g.toFixed(1));

/** 12345 minutes → "205.8 h". */
export const hours = (minutes: number) => `${(minutes / 60).toLocaleString('en', { maximumFractionDigits: 1 })}\u00a0h`;

export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A region code as its English name (FR → France), or the code when unknown. */
export function regionName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
