import { z } from 'zod';

// Text as every schema takes it: PostgreSQL refuses NUL in text (a 500 instead of a field
// message), and a lone UTF-16 surrogate, which JSON can carry as "\ud800", is no character.

const UNSAFE_TEXT_MESSAGE = 'Text cannot contain NUL characters or unpaired surrogates.';

function isSafeText(value: string): boolean {
  return !value.includes('\0') && value.isWellFormed();
}

/** z.string() that refuses NUL and lone surrogates, with the same options as z.string(). */
export const safeString = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).refine(isSafeText, UNSAFE_TEXT_MESSAGE);
