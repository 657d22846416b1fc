import { type Lines, N } from './lines';
import { nconst, pickPerson, pickTitle, Repeats, SALT, tconst, typeOf, type Universe } from './model';
import { charactersJson, job, personName, professions } from './people';
import { hash, Rng, Weighted } from './random';

// title.principals (about 8 credited people per title, cast first, then crew) and name.basics.

const CAST = new Weighted<string>([
  ['actor', 48],
  ['actress', 34],
  ['self', 14],
  ['archive_footage', 3],
  ['archive_sound', 0.3],
]);
const CREW = [
  'director',
  'writer',
  'producer',
  'composer',
  'cinematographer',
  'editor',
  'writer',
  'producer',
  'production_designer',
  'casting_director',
];

const rng = new Rng();

/** A comma-separated list of n people, or \N when n is 0. */
export function people(u: Universe, r: Rng, n: number): string {
  if (n === 0) return N;
  let s = nconst(pickPerson(u, r));
  for (let k = 1; k < n; k++) s += `,${nconst(pickPerson(u, r))}`;
  return s;
}

function principalCount(r: Rng): number {
  const p = r.next();
  return p < 0.05 ? 0 : p < 0.15 ? 1 + r.int(3) : p < 0.94 ? 4 + r.int(9) : 13 + r.int(22);
}

export function* principals(u: Universe, out: Lines): Generator<string> {
  for (let i = 0; i < u.titles; i++) {
    const r = rng.reseed(hash(u.seed, SALT.principals, i));
    const n = principalCount(r);
    if (n === 0) continue;
    const id = tconst(u, i);
    const selfShow = typeOf(u, i) === 'tvEpisode' && r.chance(0.3);
    const cast = n === 1 ? (r.chance(0.5) ? 1 : 0) : Math.round(n * (0.4 + r.next() * 0.3));
    for (let o = 1; o <= n; o++) {
      const person = nconst(pickPerson(u, r));
      if (o <= cast) {
        const category = selfShow ? 'self' : CAST.pick(r);
        const chars = category.startsWith('archive') && r.chance(0.5) ? N : charactersJson(r, category === 'self');
        out.add(`${id}\t${o}\t${person}\t${category}\t${N}\t${chars}\n`);
      } else {
        const category = r.chance(0.2) ? r.pick(CREW) : CREW[(o - cast - 1) % CREW.length];
        out.add(`${id}\t${o}\t${person}\t${category}\t${job(r, category)}\t${N}\n`);
      }
    }
    if (out.full) yield out.take();
  }
  yield out.take();
}

function years(r: Rng): [string, string] {
  if (!r.chance(0.08)) return [N, r.chance(0.005) ? String(1900 + r.int(126)) : N];
  const birth = 2010 - Math.floor(160 * r.next() ** 1.5);
  const death = birth < 1960 && r.chance(0.55) ? Math.min(2026, birth + 25 + r.int(75)) : null;
  return [String(birth), death === null ? N : String(death)];
}

export function* names(u: Universe, out: Lines): Generator<string> {
  const repeats = new Repeats(u, 5, u.names / 2);
  for (let j = 0; j < u.names; j++) {
    const r = rng.reseed(hash(u.seed, SALT.person, j));
    const [birth, death] = years(r);
    let known = N;
    if (r.chance(0.8)) {
      known = tconst(u, pickTitle(u, r));
      for (let k = r.int(4); k > 0; k--) known += `,${tconst(u, pickTitle(u, r))}`;
    }
    const line = `${nconst(j)}\t${personName(r)}\t${birth}\t${death}\t${professions(r)}\t${known}\n`;
    out.add(line);
    if (repeats.check(j)) out.add(line);
    if (out.full) yield out.take();
  }
  yield out.take();
}
