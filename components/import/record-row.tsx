import Link from 'next/link';
import type { ImportRecordView } from '@/lib/import/types';
import { formatGrade, formatWatchedOn } from '@/lib/journal/watches-format';
import { StatusChip } from './status-chip';

/** What the file says of one record: title, year, date, grade, rewatch; where it is in the file. */
export function RecordFacts({ record }: { record: ImportRecordView }) {
  const facts = [
    record.kind === 'watchlist'
      ? 'Watchlist'
      : formatWatchedOn(record.watchedOn, record.precision, { kind: record.ratingOnly ? 'rated' : 'watched' }),
    record.grade10 !== null ? `${formatGrade(record.grade10)}/10` : null,
    record.rewatch ? 'Rewatch' : null,
    record.imdbId,
  ].filter(Boolean);
  return <p className="text-sm text-zinc-600 dark:text-zinc-400">{facts.join(' · ')}</p>;
}

/** One record of a preview or report. */
export function RecordRow({ record }: { record: ImportRecordView }) {
  const name = record.title ?? record.imdbId ?? 'No title';
  return (
    <li className="flex flex-col gap-1 py-3" data-testid="import-record">
      <div className="flex items-start justify-between gap-3">
        <h3 className="min-w-0 font-semibold leading-snug">
          {record.tconst ? (
            <Link href={`/titles/${record.tconst}`} className="hover:underline">
              {name}
            </Link>
          ) : (
            name
          )}
          {record.year ? <span className="font-normal text-zinc-500 dark:text-zinc-400"> ({record.year})</span> : null}
        </h3>
        <StatusChip status={record.status} />
      </div>
      <RecordFacts record={record} />
      {record.error || record.reason ? (
        <p
          className={`text-sm ${record.status === 'invalid' ? 'text-red-700 dark:text-red-400' : 'text-zinc-500 dark:text-zinc-400'}`}
        >
          {record.error ?? record.reason}
        </p>
      ) : null}
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        {record.file}, line {record.line}
      </p>
    </li>
  );
}
