import type { TopTitle } from '@/lib/stats/types';
import type { YearReview } from '@/lib/stats/year-review';
import { tileGradient, titleInitial } from '../ui/tile-style';

// The year in review as a 1200×630 picture (rendered by next/og: inline styles, flexbox only):
// the year's figures beside its three best-graded titles, each with its cached poster (a data:
// URL read from the server's cache) or the same letter tile as on the screens.

const hours = (minutes: number) => Math.round(minutes / 60).toLocaleString('en');
const POSTER = { width: 176, height: 264 };
/** How many of the top titles the picture shows. */
export const SHARED_TITLES = 3;

function Figure({ value, label }: { value: string; label: string }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: 210, marginBottom: 36 }}>
      <div style={{ fontSize: 64, fontWeight: 700, lineHeight: 1 }}>{value}</div>
      <div style={{ fontSize: 24, color: '#c7d2fe', marginTop: 8 }}>{label}</div>
    </div>
  );
}

function PosterOrTile({ title, poster }: { title: TopTitle; poster?: string }) {
  if (poster) {
    // biome-ignore lint/performance/noImgElement: next/og draws plain <img>; the data: URL is the cached file
    return <img src={poster} alt="" {...POSTER} style={{ borderRadius: 14, objectFit: 'cover' }} />;
  }
  return (
    <div
      style={{
        ...POSTER,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'flex-end',
        position: 'relative',
        padding: 14,
        borderRadius: 14,
        backgroundImage: tileGradient(title.tconst),
      }}
    >
      <div style={{ position: 'absolute', top: 4, left: 12, fontSize: 110, fontWeight: 700, opacity: 0.2 }}>
        {titleInitial(title.title)}
      </div>
      <div style={{ fontSize: 22, fontWeight: 700, lineHeight: 1.15 }}>{title.title ?? title.tconst}</div>
      {title.year ? <div style={{ fontSize: 18, opacity: 0.8, marginTop: 4 }}>{String(title.year)}</div> : null}
    </div>
  );
}

function TopCard({ title, rank, poster }: { title: TopTitle; rank: number; poster?: string }) {
  const detail = title.episodes ? ` · ${title.episodes} episode${title.episodes === 1 ? '' : 's'}` : '';
  return (
    <div style={{ display: 'flex', flexDirection: 'column', width: POSTER.width, marginLeft: 24 }}>
      <div style={{ display: 'flex', position: 'relative' }}>
        <PosterOrTile title={title} poster={poster} />
        <div
          style={{
            position: 'absolute',
            top: 8,
            left: 8,
            width: 40,
            height: 40,
            borderRadius: 20,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            background: 'rgba(9, 9, 11, 0.75)',
            fontSize: 24,
            fontWeight: 700,
          }}
        >
          {String(rank)}
        </div>
      </div>
      <div style={{ display: 'block', fontSize: 22, fontWeight: 700, marginTop: 10, lineClamp: 2, lineHeight: 1.2 }}>
        {`${title.title ?? title.tconst}${title.year ? ` (${title.year})` : ''}`}
      </div>
      <div style={{ fontSize: 20, color: '#fbbf24', marginTop: 4 }}>{`${title.grade?.toFixed(1) ?? ''}${detail}`}</div>
    </div>
  );
}

export function YearReviewImage({ review: r, posters }: { review: YearReview; posters: Record<string, string> }) {
  const t = r.totals;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        padding: 56,
        background: 'linear-gradient(135deg, #312e81 0%, #4f46e5 60%, #6366f1 100%)',
        color: 'white',
        fontFamily: 'sans-serif',
      }}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' }}>
        <div style={{ fontSize: 60, fontWeight: 700 }}>{`${r.year} in review`}</div>
        <div style={{ fontSize: 26, color: '#c7d2fe' }}>My Movie Journal</div>
      </div>
      <div style={{ display: 'flex', flex: 1, justifyContent: 'space-between', marginTop: 36 }}>
        <div style={{ display: 'flex', flexWrap: 'wrap', width: 420, alignContent: 'flex-start' }}>
          <Figure value={t.viewings.toLocaleString('en')} label="viewings" />
          <Figure value={t.titles.toLocaleString('en')} label="titles" />
          <Figure value={hours(t.minutes)} label="hours" />
          <Figure value={t.averageGrade === null ? '–' : t.averageGrade.toFixed(1)} label="average grade" />
        </div>
        {r.topTitles.length ? (
          <div style={{ display: 'flex', flexDirection: 'column' }}>
            <div style={{ fontSize: 24, color: '#fbbf24', marginBottom: 12, marginLeft: 24 }}>Top graded</div>
            <div style={{ display: 'flex' }}>
              {r.topTitles.slice(0, SHARED_TITLES).map((x, i) => (
                <TopCard key={x.tconst} title={x} rank={i + 1} poster={posters[x.tconst]} />
              ))}
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
