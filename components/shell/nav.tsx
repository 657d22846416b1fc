'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { navItems } from './nav-items';

function isActive(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

const styles = {
  bar: {
    list: 'mx-auto flex max-w-lg',
    item: 'flex-1',
    link: 'flex min-h-16 flex-col items-center justify-center gap-1 text-xs font-medium',
    active: 'text-brand-600 dark:text-brand-400',
    idle: 'text-zinc-500 dark:text-zinc-400',
  },
  side: {
    list: 'flex flex-col gap-1',
    item: '',
    link: 'flex min-h-11 items-center gap-3 rounded-xl px-3 font-medium',
    active: 'bg-brand-50 text-brand-700 dark:bg-brand-900 dark:text-brand-100',
    idle: 'text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-ink-800',
  },
};

/** The main navigation: a bottom tab bar on phones (`bar`), a sidebar list on wide screens (`side`). */
export function NavLinks({ variant }: { variant: keyof typeof styles }) {
  const pathname = usePathname();
  const s = styles[variant];
  return (
    <ul className={s.list}>
      {navItems.map(({ href, label, icon: Icon }) => {
        const active = isActive(pathname, href);
        return (
          <li key={href} className={s.item}>
            <Link
              href={href}
              aria-current={active ? 'page' : undefined}
              className={`${s.link} ${active ? s.active : s.idle}`}
            >
              <Icon />
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
