'use client';

import { type ReactNode, useEffect, useId, useRef } from 'react';
import { CloseWideIcon } from '@/components/shell/icons';

interface SheetProps {
  open: boolean;
  onClose: () => void;
  /** The heading, read out when the sheet opens. */
  title: ReactNode;
  subtitle?: ReactNode;
  children: ReactNode;
}

/**
 * A modal sheet: it slides up from the bottom on phones and is a centred dialog on wide
 * screens. Built on <dialog>, so focus stays inside, Escape closes it and the page behind is inert.
 */
export function Sheet({ open, onClose, title, subtitle, children }: SheetProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      const root = document.documentElement;
      const previous = root.style.overflow;
      root.style.overflow = 'hidden';
      return () => {
        root.style.overflow = previous;
      };
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the click is for the backdrop; the keyboard has Escape and the Close button
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        // A tap on the backdrop (outside the panel) closes.
        if (event.target === event.currentTarget) onClose();
      }}
      className="fixed inset-x-0 top-auto bottom-0 m-0 max-h-[92dvh] w-full max-w-none overflow-hidden rounded-t-3xl bg-white p-0 text-zinc-900 shadow-2xl transition-[translate,opacity] duration-300 ease-out backdrop:bg-black/50 backdrop:backdrop-blur-[2px] starting:translate-y-full md:inset-0 md:m-auto md:max-h-[88dvh] md:max-w-2xl md:rounded-3xl md:starting:translate-y-6 md:starting:opacity-0 dark:bg-ink-900 dark:text-zinc-100"
    >
      {open ? (
        <div className="flex max-h-[92dvh] flex-col md:max-h-[88dvh]">
          <div className="mx-auto mt-2.5 h-1.5 w-10 shrink-0 rounded-full bg-zinc-300 md:hidden dark:bg-zinc-700" />
          <header className="flex shrink-0 items-start gap-3 px-5 pt-3 pb-2 md:px-7 md:pt-6">
            <div className="min-w-0 flex-1">
              <h2 id={titleId} className="text-xl leading-tight font-bold tracking-tight">
                {title}
              </h2>
              {subtitle ? <div className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">{subtitle}</div> : null}
            </div>
            <button
              type="button"
              onClick={onClose}
              aria-label="Close"
              className="-mr-2 grid size-11 shrink-0 place-items-center rounded-full text-zinc-500 hover:bg-zinc-100 dark:text-zinc-400 dark:hover:bg-ink-800"
            >
              <CloseWideIcon width={22} height={22} strokeWidth={2} />
            </button>
          </header>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}
