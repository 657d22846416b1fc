'use client';

import { useEffect } from 'react';

// Keyboard use of the review queue on desktop: j/k move between rows, a accepts the row's best
// candidate, u leaves it unmatched, x ticks it. The active row is marked with data-active; once
// a row is settled the next one takes its place, so a and u can be pressed row after row.

const ITEM = '[data-review-item]';
const MOVES: Record<string, number> = { j: 1, k: -1 };
const ACTIONS: Record<string, string> = {
  a: '[data-review-pick]',
  u: '[data-review-leave]',
  x: '[data-review-select]',
};

export function ReviewKeys() {
  useEffect(() => {
    let active = -1;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if ((event.target as HTMLElement).closest('input, textarea, select, [contenteditable]')) return;
      const move = MOVES[event.key];
      const action = ACTIONS[event.key];
      const items = Array.from(document.querySelectorAll<HTMLElement>(ITEM));
      if ((move === undefined && action === undefined) || items.length === 0) return;
      event.preventDefault();
      const last = items.length - 1;
      // The first key starts on the first row; once the last row is settled, the one above it is active.
      if (active < 0) active = 0;
      else if (move !== undefined) active = Math.max(active + move, 0);
      active = Math.min(active, last);
      if (action) items[active].querySelector<HTMLElement>(action)?.click();
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
