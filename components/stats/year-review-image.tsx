import type { YearReview } from '@/lib/stats/year-review';

// The year in review as a 1200×630 picture (rendered by next/og: inline styles, flexbox only).

const hours = (minutes: number) => Math.round(minutes / 60).toLocaleString('en');

function Figure({ value, label }: { value: string; label: string }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', marginRight: 56 }}>
      <div style={{ fontSize: 72, fontWeight: 700, lineHeight: 1 }}>{value}</div>
      <div style={{ fontSize: 26, color: '#c7d2fe', marginTop: 8 }}>{label}</div>
    </div>
  );
}

export function YearReviewImage({ review: r }: { review: YearReview }) {
  const t = r.totals;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 64,
        background: 'linear-gradient(135deg, #312e81 0%, #4f46e5 60%, #6366f1 100%)',
        color: 'white',
        fontFamily: 'sans-serif',
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
        <div style={{ fontSize: 64, fontWeight: 700 }}>{`${r.year} in review`}</div>
        <div style={{ fontSize: 28, color: '#c7d2fe' }}>My Movie Journal</div>
      </div>
      <div style={{ display: 'flex' }}>
        <Figure value={t.viewings.toLocaleString('en')} label="viewings" />
        <Figure value={t.titles.toLocaleString('en')} label="titles" />
        <Figure value={hours(t.minutes)} label="hours" />
        <Figure value={t.averageGrade === null ? '–' : t.averageGrade.toFixed(1)} label="average grade" />
      </div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: 26, color: '#fbbf24', marginBottom: 8 }}>Top graded</div>
        {r.topTitles.slice(0, 3).map((x, i) => (
          <div key={x.tconst} style={{ display: 'flex', fontSize: 32, marginBottom: 4 }}>
            {`${i + 1}. ${x.title ?? x.tconst}${x.year ? ` (${x.year})` : ''} — ${x.grade?.toFixed(1) ?? ''}`}
          </div>
        ))}
      </div>
    </div>
  );
}
