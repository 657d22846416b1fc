import type { ComponentType, SVGProps } from 'react';
import {
  DiaryIcon,
  HomeIcon,
  ImportIcon,
  MoreIcon,
  PicksIcon,
  SearchIcon,
  SettingsIcon,
  StatsIcon,
  StatusIcon,
  WatchlistIcon,
} from './icons';

export interface NavItem {
  href: string;
  label: string;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** A short line for the phone's More screen. */
  description: string;
  /** Whether the phone's bottom bar shows it; the others are one tap away under More. */
  inPhoneBar: boolean;
}

/** The screens that exist, in the order the sidebar shows them. */
export const navItems: NavItem[] = [
  { href: '/', label: 'Home', icon: HomeIcon, description: 'Your journal at a glance', inPhoneBar: true },
  { href: '/search', label: 'Search', icon: SearchIcon, description: 'Find a title and log it', inPhoneBar: true },
  { href: '/diary', label: 'Diary', icon: DiaryIcon, description: 'Every viewing, newest first', inPhoneBar: true },
  {
    href: '/watchlist',
    label: 'Watchlist',
    icon: WatchlistIcon,
    description: 'Titles you mean to see',
    inPhoneBar: false,
  },
  { href: '/picks', label: 'Picks', icon: PicksIcon, description: "This week's picks for you", inPhoneBar: true },
  { href: '/stats', label: 'Stats', icon: StatsIcon, description: 'Your film life in charts', inPhoneBar: true },
  {
    href: '/import',
    label: 'Import',
    icon: ImportIcon,
    description: 'Bring your history from IMDb, Letterboxd or a spreadsheet',
    inPhoneBar: false,
  },
  {
    href: '/status',
    label: 'Data',
    icon: StatusIcon,
    description: 'The local IMDb data and its refreshes',
    inPhoneBar: false,
  },
  {
    href: '/settings',
    label: 'Settings',
    icon: SettingsIcon,
    description: 'Account, API tokens, export',
    inPhoneBar: false,
  },
];

/** The phone bar's last tab: the screens that are not in the bar. */
export const moreItem = {
  href: '/more',
  label: 'More',
  icon: MoreIcon,
  items: navItems.filter((item) => !item.inPhoneBar),
};
