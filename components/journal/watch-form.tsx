'use client';

import { startTransition, useActionState, useEffect, useId, useRef, useState } from 'react';
import { loadEarliestViewingAction } from '@/lib/journal/actions/load-earliest-viewing';
import type { JournalSuggestions } from '@/lib/journal/actions/load-suggestions';
import type { WatchEntry } from '@/lib/journal/watch-entry';
import { comesAfter, reviewText } from '@/lib/journal/watches-format';
import { editChange, watchPatch } from '@/lib/offline/changes';
import { formValues, logChange } from '@/lib/offline/log-change';
import type { Change } from '@/lib/offline/outbox';
import { deliver } from '@/lib/offline/sync';
import { useOutbox } from '../offline/outbox-context';
import { ChipsInput } from '../ui/chips-input';
import { DateChooser } from './date-chooser';
import { GradePicker } from './grade-picker';

/** The title being logged, from a search result (local or from IMDb's website). */
export interface LogTarget {
  tconst: string;
  title: string;
  year: number | null;
  type: string | null;
  runtimeMinutes?: number | null;
  inJournal?: boolean;
  onWatchlist?: boolean;
  /** Known from IMDb's website only: logging it records a provisional title. */
  online?: { source: string };
  /** Known by name and year only (typed offline): the server finds the title (tconst is empty). */
  byName?: boolean;
}

type SaveState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  watch?: WatchEntry;
  /** Kept in the outbox: no answer from the server yet. */
  queued?: boolean;
};

/** Saves through the outbox (lib/offline/sync.ts): the server's viewing, kept for later, or why not. */
async function save(change: Change): Promise<SaveState> {
  const delivery = await deliver(change);
  if (delivery.state === 'done') return { ok: true, watch: delivery.body as WatchEntry };
  if (delivery.state === 'queued') return { queued: true };
  if (delivery.status === 404) return { message: 'This viewing no longer exists (deleted on another device?).' };
  const body = delivery.body as { fields?: Record<string, string[]>; message?: string } | null;
  return body?.fields ? { fieldErrors: body.fields } : { message: body?.message ?? 'The server refused this change.' };
}

/** An edit sends only the fields changed; with none, there is nothing to send. */
function saveEdit(watch: WatchEntry, form: FormData): Promise<SaveState> {
  const patch = watchPatch(watch, formValues(form));
  return patch ? save(editChange(watch, patch)) : Promise.resolve({ ok: true, watch });
}

type FormProps = {
  suggestions: JournalSuggestions;
  onSaved: (watch: WatchEntry) => void;
  /** Kept on the device for later: the sheet closes. */
  onQueued: () => void;
} & (
  | { mode: 'log'; target: LogTarget }
  | { mode: 'edit'; watch: WatchEntry; onDelete: () => void; deleting?: boolean }
);

const inputClass =
  'min-h-12 w-full rounded-xl border border-zinc-300 bg-white px-4 text-base text-zinc-900 outline-none transition focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 dark:border-zinc-700 dark:bg-ink-950 dark:text-zinc-100';
const labelClass = 'text-sm font-semibold text-zinc-700 dark:text-zinc-300';

/** The earliest viewing of a title in the journal, asked once (undefined until known, or offline). */
function useEarliestViewing(target: LogTarget | null) {
  const [earliest, setEarliest] = useState<{ seen: boolean; earliest: string | null }>();
  const tconst = target?.inJournal ? target.tconst : null;
  useEffect(() => {
    if (tconst) loadEarliestViewingAction(tconst).then(setEarliest, () => undefined);
  }, [tconst]);
  return earliest;
}

/**
 * Logging a viewing, or editing one: date, grade and Save up front; review, tags, place,
 * companions and rewatch under "More". The same form serves the log and the edit sheet.
 */
export function WatchForm(props: FormProps) {
  const { suggestions, onSaved, onQueued } = props;
  const watch = props.mode === 'edit' ? props.watch : null;
  const target = props.mode === 'log' ? props.target : null;
  const outbox = useOutbox();
  const [state, action, pending] = useActionState<SaveState, FormData>(
    (_prev, form) => (target ? save(logChange(formValues(form), target)) : saveEdit(watch as WatchEntry, form)),
    {},
  );
  const [grade, setGrade] = useState<number | null>(watch?.grade ?? null);
  const hasMore = Boolean(
    watch && (watch.review || watch.tags.length || watch.place || watch.companions.length || watch.rewatch),
  );
  const [more, setMore] = useState(hasMore);
  const [reviewDirty, setReviewDirty] = useState(false);
  const ids = { review: useId(), place: useId(), places: useId(), more: useId() };
  const handled = useRef<unknown>(null);

  useEffect(() => {
    if (handled.current === state) return;
    if (state.ok && state.watch) {
      handled.current = state;
      onSaved(state.watch);
    } else if (state.queued) {
      handled.current = state;
      outbox?.queued();
      onQueued();
    }
  }, [state, onSaved, onQueued, outbox]);

  // Logging a title that is in the journal already: the rewatch box shows up front, ticked when a
  // viewing is dated before the chosen date (not knowing the dates, offline, when it is in the journal).
  const rewatchUpFront = Boolean(target?.inJournal);
  const earliest = useEarliestViewing(target);
  const [chosenDate, setChosenDate] = useState<string | null>(null);
  const [rewatchChoice, setRewatchChoice] = useState<boolean | null>(null);
  const earlierExists =
    rewatchUpFront && (earliest === undefined || (earliest.seen && comesAfter(chosenDate ?? '', earliest.earliest)));
  const rewatchBox = (
    <label
      className={`flex min-h-12 items-center gap-3 text-sm font-medium ${
        rewatchUpFront
          ? 'rounded-2xl bg-emerald-50 px-4 py-3 text-emerald-900 dark:bg-emerald-950/60 dark:text-emerald-100'
          : ''
      }`}
    >
      <input
        type="checkbox"
        name="rewatch"
        checked={rewatchChoice ?? (watch ? watch.rewatch : earlierExists)}
        onChange={(e) => setRewatchChoice(e.target.checked)}
        className="size-5 accent-brand-600"
      />
      {!rewatchUpFront
        ? 'Rewatch'
        : earlierExists
          ? 'Rewatch: it is in your journal already'
          : 'Rewatch? Your other viewings of it are dated later'}
    </label>
  );

  const errors = state.fieldErrors ?? {};
  const moreErrors = ['review', 'tags', 'place', 'companions'].some((k) => errors[k]?.length);
  const showMore = more || moreErrors;
  const otherErrors = Object.entries(errors)
    .filter(([k]) => !['watchedOn', 'grade', 'review', 'tags', 'place', 'companions'].includes(k))
    .flatMap(([, messages]) => messages ?? []);

  return (
    <form
      // Submitted by hand: a form action would reset the typed fields when validation fails.
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => action(data));
      }}
      className="flex min-h-0 flex-1 flex-col"
      noValidate
    >
      <div className="flex min-h-0 flex-1 flex-col gap-6 overflow-y-auto overscroll-contain px-5 pt-2 pb-6 md:px-7">
        {watch ? <input type="hidden" name="id" value={watch.id} /> : null}
        {target?.byName ? (
          <>
            <input type="hidden" name="matchTitle" value={target.title} />
            <input type="hidden" name="matchYear" value={target.year ?? ''} />
          </>
        ) : target ? (
          <>
            <input type="hidden" name="tconst" value={target.tconst} />
            {target.online ? (
              <>
                <input type="hidden" name="provisionalTitle" value={target.title} />
                <input type="hidden" name="provisionalYear" value={target.year ?? ''} />
                <input type="hidden" name="provisionalType" value={target.type ?? ''} />
                <input type="hidden" name="provisionalSource" value={target.online.source} />
              </>
            ) : null}
          </>
        ) : null}

        <DateChooser
          watchedOn={watch?.watchedOn}
          precision={watch?.datePrecision}
          errors={errors.watchedOn}
          onChange={setChosenDate}
        />
        {watch?.dateKind === 'rated' ? (
          <p className="-mt-3 text-sm text-zinc-500 dark:text-zinc-400" data-testid="rated-date-note">
            The day you rated it: you watched it then or before. Pick the day you watched it, if you know it.
          </p>
        ) : null}
        <GradePicker value={grade} onChange={setGrade} errors={errors.grade} />

        {rewatchUpFront ? rewatchBox : null}

        {target?.onWatchlist ? (
          <label className="flex min-h-12 items-center gap-3 rounded-2xl bg-brand-50 px-4 py-3 text-sm font-medium text-brand-900 dark:bg-brand-900/60 dark:text-brand-100">
            <input type="checkbox" name="removeFromWatchlist" defaultChecked className="size-5 accent-brand-600" />
            Remove from watchlist
          </label>
        ) : null}

        <div className="flex flex-col gap-4">
          <button
            type="button"
            aria-expanded={showMore}
            aria-controls={ids.more}
            onClick={() => setMore((m) => !m)}
            className="flex min-h-11 items-center justify-between rounded-xl text-left text-sm font-semibold text-brand-700 dark:text-brand-400"
          >
            <span>
              {showMore
                ? 'Less'
                : rewatchUpFront
                  ? 'More: review, tags, place, company'
                  : 'More: review, tags, place, company, rewatch'}
            </span>
            <svg
              viewBox="0 0 24 24"
              width={20}
              height={20}
              fill="none"
              stroke="currentColor"
              strokeWidth={2}
              aria-hidden="true"
              className={`transition ${showMore ? 'rotate-180' : ''}`}
            >
              <path d="m6 9 6 6 6-6" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          </button>
          {/* Always rendered (only hidden), so that Save keeps what it does not show. */}
          <div id={ids.more} hidden={!showMore} className="flex flex-col gap-5">
            <div className="flex flex-col gap-1.5">
              <label htmlFor={ids.review} className={labelClass}>
                Review
              </label>
              <textarea
                id={ids.review}
                name={reviewDirty || !watch ? 'review' : undefined}
                defaultValue={reviewText(watch?.review)}
                onChange={() => setReviewDirty(true)}
                rows={4}
                placeholder="What stayed with you?"
                className={`${inputClass} py-3 leading-relaxed`}
              />
              {/* Unchanged, an imported review keeps its original markup. */}
              {watch && !reviewDirty ? <input type="hidden" name="review" value={watch.review ?? ''} /> : null}
              {errors.review ? (
                <p className="text-sm text-red-600 dark:text-red-400">{errors.review.join(' ')}</p>
              ) : null}
            </div>
            <ChipsInput
              name="tags"
              label="Tags"
              initial={watch?.tags}
              suggestions={suggestions.tags}
              placeholder="cinema, festival…"
              errors={errors.tags}
            />
            <div className="flex flex-col gap-1.5">
              <label htmlFor={ids.place} className={labelClass}>
                Place
              </label>
              <input
                id={ids.place}
                name="place"
                list={ids.places}
                defaultValue={watch?.place ?? ''}
                placeholder="Home, a cinema, a plane…"
                autoComplete="off"
                className={inputClass}
              />
              <datalist id={ids.places}>
                {suggestions.places.map((p) => (
                  <option key={p} value={p} />
                ))}
              </datalist>
              {errors.place ? <p className="text-sm text-red-600 dark:text-red-400">{errors.place.join(' ')}</p> : null}
            </div>
            <ChipsInput
              name="companions"
              label="Watched with"
              initial={watch?.companions}
              suggestions={suggestions.companions}
              placeholder="Names"
              errors={errors.companions}
            />
            {rewatchUpFront ? null : rewatchBox}
          </div>
        </div>
        {state.message && !state.ok ? (
          <p
            role="alert"
            className="rounded-xl bg-red-50 px-4 py-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
          >
            {state.message}
          </p>
        ) : null}
        {otherErrors.length ? (
          <p
            role="alert"
            className="rounded-xl bg-red-50 px-4 py-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200"
          >
            {otherErrors.join(' ')}
          </p>
        ) : null}
      </div>

      <footer className="flex shrink-0 gap-3 border-t border-zinc-200 bg-white/95 px-5 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] md:px-7 md:pb-5 dark:border-zinc-800 dark:bg-ink-900/95">
        {props.mode === 'edit' ? (
          <button
            type="button"
            onClick={props.onDelete}
            disabled={props.deleting || pending}
            className="min-h-12 rounded-xl px-5 text-base font-semibold text-red-600 hover:bg-red-50 disabled:opacity-50 dark:text-red-400 dark:hover:bg-red-950"
          >
            Delete
          </button>
        ) : null}
        <button
          type="submit"
          disabled={pending}
          className="min-h-12 flex-1 rounded-xl bg-brand-600 px-5 text-base font-semibold text-white shadow-sm shadow-brand-600/30 transition hover:bg-brand-700 active:scale-[0.99] disabled:bg-brand-400"
        >
          {pending ? 'Saving…' : props.mode === 'log' ? 'Save' : 'Save changes'}
        </button>
      </footer>
    </form>
  );
}
