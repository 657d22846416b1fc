import { emptyPeople, type GradedTitle } from '../../lib/picks/model/types';

// A synthetic journal whose grades follow a known rule: IMDb's rating, plus 2 for the films of
// one director (Ada Lovelace), minus 2 for horror films, plus a little noise.

export const FAVOURITE = 'Ada Lovelace';
const DIRECTORS = [FAVOURITE, ...Array.from({ length: 30 }, (_, i) => `Director ${i}`)];
const GENRES = ['Drama', 'Comedy', 'Horror', 'Thriller', 'Romance', 'Action'];

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

export function syntheticJournal(n = 240, seed = 42): GradedTitle[] {
  const next = random(seed);
  return Array.from({ length: n }, (_, i) => {
    const director = DIRECTORS[i % 8 === 0 ? 0 : 1 + Math.floor(next() * (DIRECTORS.length - 1))];
    const genres = [
      ...new Set([GENRES[Math.floor(next() * GENRES.length)], GENRES[Math.floor(next() * GENRES.length)]]),
    ];
    const rating = Math.round((5 + next() * 3.5) * 10) / 10;
    const rule = rating + (director === FAVOURITE ? 2 : 0) - (genres.includes('Horror') ? 2 : 0);
    const grade = Math.min(10, Math.max(1, Math.round((rule + (next() - 0.5)) * 2) / 2));
    return {
      tconst: `tt${String(9000000 + i)}`,
      title: `Film ${i}`,
      year: 1960 + Math.floor(next() * 60),
      runtimeMinutes: 80 + Math.floor(next() * 70),
      titleType: 'movie',
      genres,
      rating,
      votes: 1000 + Math.floor(next() * 500000),
      people: { ...emptyPeople(), director: [{ id: `nm${9000000 + DIRECTORS.indexOf(director)}`, name: director }] },
      series: null,
      grade,
    };
  });
}
