import Link from 'next/link';
import { PredictedGrade } from '@/components/picks/predicted-grade';
import { formatGrade } from '@/lib/journal/watches-format';
import type { TitlePrediction } from '@/lib/picks';

const CARD =
  'flex items-start gap-4 rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-ink-900';

/**
 * "Your predicted grade" on a title page: the grade the model expects from you, the range your
 * grade likely falls in, and why. A title you graded shows your grade instead (a prediction
 * would only echo it), and nobody whose grades IMDb's rating predicts as well gets one.
 */
export function PredictedGradeCard({ prediction: p }: { prediction: TitlePrediction }) {
  if (p.kind !== 'prediction')
    return (
      <section aria-label="Your predicted grade" className={`${CARD} text-sm text-zinc-600 dark:text-zinc-300`}>
        <p data-testid="prediction-note">
          {p.kind === 'graded'
            ? `You gave it ${formatGrade(p.grade)}.`
            : "No predicted grade: your grades follow IMDb's closely, so its rating is the best guess."}
        </p>
      </section>
    );
  const { grade, range, reasons } = p.prediction;
  return (
    <section aria-label="Your predicted grade" className={CARD}>
      <PredictedGrade grade={grade} size="lg" />
      <div className="min-w-0">
        <h2 className="font-semibold">Your predicted grade</h2>
        {range[0] < range[1] ? (
          <p className="text-sm font-semibold text-zinc-700 dark:text-zinc-200" data-testid="predicted-range">
            {formatGrade(grade)}, likely {formatGrade(range[0])}–{formatGrade(range[1])}
          </p>
        ) : null}
        <ul className="text-sm text-zinc-600 dark:text-zinc-300">
          {reasons.map((reason) => (
            <li key={reason.text} className="first-letter:uppercase">
              {reason.text}
            </li>
          ))}
        </ul>
        <Link
          href="/picks"
          className="text-sm font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-400"
        >
          Your picks
        </Link>
      </div>
    </section>
  );
}
