const HOME = 'http://journal.invalid';

/**
 * Where to go after signing in: `next` resolved the way a browser would (it drops tabs and
 * newlines and reads backslashes as slashes), and only if it stays on this site; otherwise `/`.
 * The answer is the parsed URL's own serialisation, so no control character reaches a header.
 */
export function safeNext(next: string | undefined): string {
  if (!next) return '/';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const cleaned = next.replace(/[\u0000-\u001f\u007f]/g, '').replace(/\\/g, '/');
  let url: URL;
  try {
    url = new URL(cleaned, HOME);
  } catch {
    return '/';
  }
  if (url.origin !== HOME) return '/';
  // "/.//host" resolves to the path "//host", which a browser would read as another site.
  return `${url.pathname.replace(/^\/+/, '/')}${url.search}${url.hash}`;
}
