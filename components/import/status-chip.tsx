import { type RecordFilter, STATUS_LABELS, STATUS_TONES } from './labels';

export function StatusChip({ status }: { status: RecordFilter }) {
  return (
    <span className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_TONES[status]}`}>
      {STATUS_LABELS[status]}
    </span>
  );
}
