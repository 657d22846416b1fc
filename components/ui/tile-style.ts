// The colour and letter of a stand-in tile (a title without a poster, a person without a
// photo). One rule for every screen, so a film looks the same in search and on its page.

/** A hue in degrees that stays the same for the same IMDb id. */
function hueOf(id: string): number {
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) % 3600;
  return (h * 7) % 360;
}

/** A diagonal gradient in the id's own colour. */
export function tileGradient(id: string, angle = 160): string {
  const hue = hueOf(id);
  return `linear-gradient(${angle}deg, hsl(${hue} 58% 46%), hsl(${(hue + 40) % 360} 62% 24%))`;
}

const LEADING_ARTICLE = /^(the|a|an|le|la|les|l'|der|die|das|el|il|lo|los|las)\s*/i;

/** The letter a title is known by: its first letter or digit after a leading article. */
export function titleInitial(title: string | null): string {
  const text = (title ?? '').trim();
  const letter = (text.replace(LEADING_ARTICLE, '') || text).match(/[\p{L}\p{N}]/u)?.[0];
  return (letter ?? '?').toUpperCase();
}
