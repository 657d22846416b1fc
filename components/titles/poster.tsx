import { type PosterVariant, type PosterVersion, posterSrc } from '@/lib/posters/src';
import { tileGradient, titleInitial } from '../ui/tile-style';

// A title's poster from the server's cache (lib/posters) when it has one; otherwise, and while
// the image loads, a typographic tile: the name on a gradient whose hue comes from the tconst.
// Every size is 2:3 and fixed, so the image arriving never moves the page.

const SIZES = {
  sm: { box: 'w-12 h-18 rounded-lg p-1 text-[0.55rem]', width: 48 },
  md: { box: 'w-20 h-30 rounded-xl p-2 text-xs', width: 80 },
  lg: { box: 'w-28 h-42 rounded-2xl p-2.5 text-sm md:w-40 md:h-60 md:p-3.5 md:text-lg', width: 160 },
};

/** The cached image over a stand-in tile of the same box (lazy: a list loads what is on screen). */
export function PosterImage({
  tconst,
  title,
  year,
  poster,
  variant,
  width,
}: {
  tconst: string;
  title: string | null;
  year?: number | null;
  poster: string;
  variant: PosterVariant;
  width: number;
}) {
  return (
    // biome-ignore lint/performance/noImgElement: the files are already phone-sized; no resizing on the Pi
    <img
      src={posterSrc(tconst, poster, variant)}
      alt={`Poster of ${title ?? 'this title'}${year ? ` (${year})` : ''}`}
      width={width}
      height={width * 1.5}
      loading="lazy"
      decoding="async"
      data-testid="poster-image"
      className="absolute inset-0 size-full object-cover"
    />
  );
}

export function Poster({
  tconst,
  title,
  year,
  poster,
  size = 'md',
  className = '',
}: {
  tconst: string;
  title: string | null;
  year?: number | null;
  /** From postersFor (lib/posters): null or absent shows the letter tile. */
  poster?: PosterVersion;
  size?: keyof typeof SIZES;
  className?: string;
}) {
  const { box, width } = SIZES[size];
  const small = size === 'sm';
  return (
    <div
      aria-hidden={poster ? undefined : 'true'}
      className={`relative flex shrink-0 flex-col justify-end overflow-hidden font-serif leading-tight text-white shadow-md ring-1 ring-black/10 ${box} ${className}`}
      style={{ backgroundImage: tileGradient(tconst) }}
    >
      {/* A list's small tile sits beside the title: its initial alone reads better than a clipped name. */}
      <span
        aria-hidden="true"
        className={
          small
            ? 'absolute inset-0 grid place-items-center font-sans text-2xl font-black opacity-60'
            : 'absolute top-[0.15em] left-[0.3em] font-sans text-[4em] leading-none font-black opacity-20'
        }
      >
        {titleInitial(title)}
      </span>
      <span aria-hidden="true" className="absolute inset-x-0 top-0 h-1/2 bg-linear-to-b from-white/10 to-transparent" />
      {small ? null : (
        <span
          aria-hidden="true"
          className="relative line-clamp-4 font-semibold break-words hyphens-auto drop-shadow-sm"
        >
          {title ?? tconst}
        </span>
      )}
      {year && !small ? (
        <span aria-hidden="true" className="relative mt-0.5 font-sans text-[0.8em] opacity-80">
          {year}
        </span>
      ) : null}
      {poster ? (
        <PosterImage
          tconst={tconst}
          title={title}
          year={year}
          poster={poster}
          variant={size === 'lg' ? 'large' : 'small'}
          width={width}
        />
      ) : null}
    </div>
  );
}
