'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { moreItem, type NavItem, navItems } from './nav-items';

function isActive(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

const styles = {
  bar: {
    list: 'mx-auto flex max-w-lg',
    item: 'flex-1',
    link: 'flex min-h-16 flex-col items-center justify-center gap-1 text-[0.7rem] font-medium',
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

function NavLink({ item, active, className }: { item: LinkItem; active: boolean; className: string }) {
  const Icon = item.icon;
  return (
    <Link href={item.href} aria-current={active ? 'page' : undefined} className={className}>
      <Icon />
      {item.label}
    </Link>
  );
}

type LinkItem = Pick<NavItem, 'href' | 'label' | 'icon'>;

/** The main navigation: a bottom tab bar on phones (`bar`), a sidebar list on wide screens (`side`). */
export function NavLinks({ variant }: { variant: keyof typeof styles }) {
  const pathname = usePathname();
  const s = styles[variant];
  const links: { item: LinkItem; active: boolean }[] =
    variant === 'side'
      ? navItems.map((item) => ({ item, active: isActive(pathname, item.href) }))
      : [
          ...navItems
            .filter((item) => item.inPhoneBar)
            .map((item) => ({ item, active: isActive(pathname, item.href) })),
          {
            item: moreItem,
            active: [moreItem, ...moreItem.items].some((item) => isActive(pathname, item.href)),
          },
        ];
  return (
    <ul className={s.list}>
      {links.map(({ item, active }) => (
        <li key={item.href} className={s.item}>
          <NavLink item={item} active={active} className={`${s.link} ${active ? s.active : s.idle}`} />
        </li>
      ))}
    </ul>
  );
}
