import { formatGrade } from '@/lib/journal/watches-format';

/** "Your predicted grade": the model's grade for a title, as a badge. */
export function PredictedGrade({ grade, size = 'md' }: { grade: number; size?: 'md' | 'lg' }) {
  const styles = {
    md: 'flex-col px-2.5 py-1.5 text-xl',
    lg: 'flex-col px-3.5 py-2 text-3xl',
  }[size];
  return (
    <span
      className={`inline-flex items-center rounded-xl bg-brand-50 font-bold tabular-nums text-brand-700 ring-1 ring-brand-100 dark:bg-brand-900/50 dark:text-brand-100 dark:ring-brand-700 ${styles}`}
      title="Your predicted grade"
      data-testid="predicted-grade"
    >
      <span className="leading-none">{formatGrade(grade)}</span>
      <span className="text-[0.6rem] font-semibold uppercase leading-tight tracking-wide text-brand-600 dark:text-brand-400">
        for you
      </span>
    </span>
  );
}
