import type { ComponentType, SVGProps } from 'react';
import { DiaryIcon, HomeIcon, SearchIcon, SettingsIcon, StatusIcon, WatchlistIcon } from './icons';

export interface NavItem {
  href: string;
  label: string;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
}

/** The screens that exist, in the order the navigation shows them. */
export const navItems: NavItem[] = [
  { href: '/', label: 'Home', icon: HomeIcon },
  { href: '/search', label: 'Search', icon: SearchIcon },
  { href: '/diary', label: 'Diary', icon: DiaryIcon },
  { href: '/watchlist', label: 'Watchlist', icon: WatchlistIcon },
  { href: '/status', label: 'Data', icon: StatusIcon },
  { href: '/settings', label: 'Settings', icon: SettingsIcon },
];
