import Link from 'next/link';
import { tileGradient } from '../ui/tile-style';

function initials(name: string | null): string {
  if (!name) return '?';
  const words = name.replace(/['"]/g, '').split(/\s+/).filter(Boolean);
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? (words.at(-1)?.[0] ?? '') : '')).toUpperCase() || '?';
}

/** A round badge with a person's initials, coloured by their nconst. */
export function Avatar({ nconst, name, size = 'md' }: { nconst: string; name: string | null; size?: 'md' | 'lg' }) {
  const dims = size === 'lg' ? 'size-20 md:size-24' : 'size-10';
  if (!name) {
    return (
      <span
        aria-hidden="true"
        className={`flex shrink-0 items-center justify-center overflow-hidden rounded-full bg-zinc-200 text-zinc-400 dark:bg-ink-800 dark:text-zinc-600 ${dims}`}
      >
        <svg viewBox="0 0 24 24" className="mt-[30%] size-full fill-current" aria-hidden="true">
          <circle cx="12" cy="8" r="4.5" />
          <path d="M3 22c0-5 4-8.5 9-8.5s9 3.5 9 8.5z" />
        </svg>
      </span>
    );
  }
  return (
    <span
      aria-hidden="true"
      className={`flex shrink-0 items-center justify-center rounded-full font-semibold text-white ${
        size === 'lg' ? 'size-20 text-2xl md:size-24 md:text-3xl' : 'size-10 text-sm'
      }`}
      style={{ backgroundImage: tileGradient(nconst, 135) }}
    >
      {initials(name)}
    </span>
  );
}

/** A person's name linking to their page; people the name list lacks show their id. */
export function PersonLink({
  nconst,
  name,
  className = '',
}: {
  nconst: string;
  name: string | null;
  className?: string;
}) {
  return (
    <Link
      href={`/people/${nconst}`}
      className={`font-medium text-zinc-900 underline-offset-2 hover:text-brand-700 hover:underline dark:text-zinc-100 dark:hover:text-brand-400 ${className}`}
    >
      {name ?? (
        <span
          className="font-mono text-[0.9em] text-zinc-500 dark:text-zinc-400"
          title="Not in the IMDb name list on this server"
        >
          {nconst}
        </span>
      )}
    </Link>
  );
}
