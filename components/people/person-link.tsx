import Link from 'next/link';
import { personLabel } from '@/lib/titles/format';
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

const LINK =
  'font-medium text-zinc-900 underline-offset-2 hover:text-brand-700 hover:underline dark:text-zinc-100 dark:hover:text-brand-400';

/** A person's name linking to their page; one whose name is not loaded says so, with a link to IMDb's page. */
export function PersonLink({
  nconst,
  name,
  className = '',
}: {
  nconst: string;
  name: string | null;
  className?: string;
}) {
  const label = personLabel(nconst, name);
  if (label.named)
    return (
      <Link href={`/people/${nconst}`} className={`${LINK} ${className}`}>
        {label.text}
      </Link>
    );
  return (
    <span className={className}>
      <Link href={`/people/${nconst}`} className={`${LINK} text-zinc-500 italic dark:text-zinc-400`}>
        {label.text}
      </Link>{' '}
      <ImdbNameLink url={label.imdbUrl} />
    </span>
  );
}

/** "IMDb ↗": where the name of a person the local data does not name can be read. */
export function ImdbNameLink({ url }: { url: string }) {
  return (
    <a
      href={url}
      target="_blank"
      rel="noreferrer"
      className="text-xs font-medium whitespace-nowrap text-brand-700 underline underline-offset-2 dark:text-brand-400"
    >
      IMDb ↗
    </a>
  );
}
