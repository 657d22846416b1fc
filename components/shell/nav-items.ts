import type { ComponentType, SVGProps } from 'react';
import { HomeIcon, SettingsIcon, StatusIcon } from './icons';

export interface NavItem {
  href: string;
  label: string;
  icon: ComponentType<SVGProps<SVGSVGElement>>;
}

/** The screens that exist, in the order the navigation shows them. */
export const navItems: NavItem[] = [
  { href: '/', label: 'Home', icon: HomeIcon },
  { href: '/status', label: 'Data', icon: StatusIcon },
  { href: '/settings', label: 'Settings', icon: SettingsIcon },
];
