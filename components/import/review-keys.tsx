'use client';

import { useEffect } from 'react';

// Keyboard use of the review queue on desktop: j/k move between rows, a accepts the row's best
// candidate, u leaves it unmatched, x ticks it. The active row is marked with data-active; once
// a row is settled the next one takes its place, so a and u can be pressed row after row.

const ITEM = '[data-review-item]';

function act(item: Element | undefined, selector: string) {
  item?.querySelector<HTMLElement>(selector)?.click();
}

export function ReviewKeys() {
  useEffect(() => {
    let active = -1;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable]')) return;
      const items = Array.from(document.querySelectorAll<HTMLElement>(ITEM));
      if (items.length === 0) return;
      active = Math.min(Math.max(active, 0), items.length - 1);
      const move = { j: 1, k: -1 }[event.key];
      if (move !== undefined) active = Math.min(Math.max(active + move, 0), items.length - 1);
      else if (event.key === 'a') act(items[active], '[data-review-pick]');
      else if (event.key === 'u') act(items[active], '[data-review-leave]');
      else if (event.key === 'x') act(items[active], '[data-review-select]');
      else return;
      event.preventDefault();
      for (const [i, item] of items.entries()) item.toggleAttribute('data-active', i === active);
      items[active].scrollIntoView({ block: 'nearest' });
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <p className="hidden text-sm text-zinc-500 lg:block dark:text-zinc-400" data-testid="review-keys">
      Keys: <kbd className="font-mono font-semibold">j</kbd> / <kbd className="font-mono font-semibold">k</kbd> next /
      previous row · <kbd className="font-mono font-semibold">a</kbd> accept its best candidate ·{' '}
      <kbd className="font-mono font-semibold">u</kbd> leave it unmatched ·{' '}
      <kbd className="font-mono font-semibold">x</kbd> select it
    </p>
  );
}
