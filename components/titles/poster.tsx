import { tileGradient, titleInitial } from '../ui/tile-style';

// No images leave IMDb's datasets, so every title gets a typographic poster: its name on a
// gradient whose hue comes from the tconst (the same title always looks the same).

const SIZES = {
  sm: 'w-12 h-18 rounded-lg p-1 text-[0.55rem]',
  md: 'w-20 h-30 rounded-xl p-2 text-xs',
  lg: 'w-28 h-42 rounded-2xl p-2.5 text-sm md:w-40 md:h-60 md:p-3.5 md:text-lg',
};

export function Poster({
  tconst,
  title,
  year,
  size = 'md',
  className = '',
}: {
  tconst: string;
  title: string | null;
  year?: number | null;
  size?: keyof typeof SIZES;
  className?: string;
}) {
  return (
    <div
      aria-hidden="true"
      className={`relative flex shrink-0 flex-col justify-end overflow-hidden font-serif leading-tight text-white shadow-md ring-1 ring-black/10 ${SIZES[size]} ${className}`}
      style={{ backgroundImage: tileGradient(tconst) }}
    >
      <span className="absolute top-[0.15em] left-[0.3em] font-sans text-[4em] leading-none font-black opacity-20">
        {titleInitial(title)}
      </span>
      <span className="absolute inset-x-0 top-0 h-1/2 bg-linear-to-b from-white/10 to-transparent" />
      <span className="relative line-clamp-4 font-semibold break-words drop-shadow-sm">{title ?? tconst}</span>
      {year && size !== 'sm' ? <span className="relative mt-0.5 font-sans text-[0.8em] opacity-80">{year}</span> : null}
    </div>
  );
}
