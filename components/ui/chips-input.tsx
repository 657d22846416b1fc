'use client';

import { type KeyboardEvent, useId, useState } from 'react';
import { CloseIcon } from '@/components/shell/icons';

/**
 * A list of short values (tags, companions) as removable chips, typed one at a time with
 * suggestions from a datalist. Enter or a comma adds one; what is still being typed counts
 * too. The value goes out as `name`, one item per line.
 */
export function ChipsInput({
  name,
  label,
  initial = [],
  suggestions = [],
  placeholder,
  errors,
}: {
  name: string;
  label: string;
  initial?: string[];
  suggestions?: string[];
  placeholder?: string;
  errors?: string[];
}) {
  const id = useId();
  const [items, setItems] = useState<string[]>(initial);
  const [draft, setDraft] = useState('');

  const add = (text: string) => {
    const parts = text
      .split(',')
      .map((t) => t.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    if (parts.length === 0) return;
    setItems((current) => {
      const next = [...current];
      for (const part of parts) {
        if (!next.some((t) => t.toLocaleLowerCase() === part.toLocaleLowerCase())) next.push(part);
      }
      return next;
    });
    setDraft('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      if (draft.trim()) {
        event.preventDefault();
        add(draft);
      } else if (event.key === 'Enter') event.preventDefault();
    } else if (event.key === 'Backspace' && draft === '' && items.length > 0) {
      setItems((current) => current.slice(0, -1));
    }
  };

  const offered = suggestions.filter((s) => !items.some((t) => t.toLocaleLowerCase() === s.toLocaleLowerCase()));
  const value = [...items, draft.trim()].filter(Boolean).join('\n');

  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-semibold text-zinc-700 dark:text-zinc-300">
        {label}
      </label>
      <input type="hidden" name={name} value={value} />
      <div className="flex min-h-12 flex-wrap items-center gap-1.5 rounded-xl border border-zinc-300 bg-white px-2 py-1.5 focus-within:border-brand-500 focus-within:ring-2 focus-within:ring-brand-500/30 dark:border-zinc-700 dark:bg-ink-950">
        {items.map((item) => (
          <span
            key={item}
            className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-1 pr-1 pl-3 text-sm font-medium text-brand-700 dark:bg-brand-900 dark:text-brand-100"
          >
            {item}
            <button
              type="button"
              aria-label={`Remove ${item}`}
              onClick={() => setItems((current) => current.filter((t) => t !== item))}
              className="grid size-6 place-items-center rounded-full hover:bg-brand-100 dark:hover:bg-brand-700"
            >
              <CloseIcon width={14} height={14} strokeWidth={2.4} />
            </button>
          </span>
        ))}
        <input
          id={id}
          list={`${id}-list`}
          value={draft}
          placeholder={items.length === 0 ? placeholder : undefined}
          onChange={(e) => {
            const text = e.target.value;
            // Picking a datalist suggestion fills the whole value: take it as a chip at once.
            if (offered.includes(text)) add(text);
            else setDraft(text);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => add(draft)}
          enterKeyHint="done"
          autoComplete="off"
          className="min-h-9 min-w-24 flex-1 bg-transparent px-2 text-base text-zinc-900 outline-none dark:text-zinc-100"
        />
        <datalist id={`${id}-list`}>
          {offered.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </div>
      {errors?.length ? <p className="text-sm text-red-600 dark:text-red-400">{errors.join(' ')}</p> : null}
    </div>
  );
}
