import Link from 'next/link';
import { moreItem } from './nav-items';

/** The phone's More screen: the screens the bottom bar has no room for. */
export function MoreLinks() {
  return (
    <ul className="flex flex-col gap-2">
      {moreItem.items.map(({ href, label, description, icon: Icon }) => (
        <li key={href}>
          <Link
            href={href}
            className="flex min-h-16 items-center gap-4 rounded-2xl border border-zinc-200 bg-white px-4 py-3 hover:bg-zinc-50 dark:border-zinc-800 dark:bg-ink-900 dark:hover:bg-ink-800"
          >
            <Icon className="shrink-0 text-brand-600 dark:text-brand-400" />
            <span className="flex flex-col">
              <span className="font-semibold">{label}</span>
              <span className="text-sm text-zinc-500 dark:text-zinc-400">{description}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
