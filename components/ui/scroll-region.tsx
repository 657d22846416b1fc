import type { ReactNode } from 'react';

/**
 * A box that scrolls on its own (a wide table, a long one): keyboard users reach it with Tab
 * and scroll it with the arrow keys, and screen readers announce it by its label.
 */
export function ScrollRegion({
  label,
  className,
  children,
}: {
  label: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a box that scrolls must take focus to be scrolled by keyboard.
      tabIndex={0}
      className={`rounded-lg focus-visible:outline-2 focus-visible:outline-brand-500 ${className}`}
    >
      {children}
    </section>
  );
}
