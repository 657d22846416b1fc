'use client';

import { useRouter } from 'next/navigation';
import { ChevronLeftIcon } from './icons';

/** "Back" for the installed app (display-mode standalone), which has no browser chrome; hidden in a browser tab. */
export function BackButton({ fallback = '/' }: { fallback?: string }) {
  const router = useRouter();
  return (
    <button
      type="button"
      data-testid="back-button"
      onClick={() => (window.history.length > 1 ? router.back() : router.push(fallback))}
      className="hidden items-center gap-1 self-start rounded-full py-1 pr-3 pl-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50 standalone:inline-flex dark:text-brand-400 dark:hover:bg-ink-800"
    >
      <ChevronLeftIcon className="size-5" aria-hidden="true" />
      Back
    </button>
  );
}
