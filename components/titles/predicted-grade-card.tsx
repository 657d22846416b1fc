import Link from 'next/link';
import { PredictedGrade } from '@/components/picks/predicted-grade';
import type { Prediction } from '@/lib/picks';

/** "Your predicted grade" on a title page: the grade the model expects from you, and why. */
export function PredictedGradeCard({ prediction }: { prediction: Prediction }) {
  return (
    <section
      aria-label="Your predicted grade"
      className="flex items-start gap-4 rounded-2xl border border-zinc-200 bg-white p-4 shadow-sm dark:border-zinc-800 dark:bg-ink-900"
    >
      <PredictedGrade grade={prediction.grade} size="lg" />
      <div className="min-w-0">
        <h2 className="font-semibold">Your predicted grade</h2>
        <ul className="text-sm text-zinc-600 dark:text-zinc-300">
          {prediction.reasons.map((reason) => (
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
