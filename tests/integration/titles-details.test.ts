import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEtl } from '../../etl/run';
import { createUser } from '../../lib/auth/users';
import { db } from '../../lib/db/client';
import { parseCharacters } from '../../lib/titles/characters';
import { getPersonDetails } from '../../lib/titles/person-details';
import { normaliseRegions, regionsFromAcceptLanguage } from '../../lib/titles/regions';
import { getTitleDetails, getTitleSummary } from '../../lib/titles/title-details';
import { freshDatabase } from '../helpers/database';
import { N, parseTsv, REALDATA, TempDirs, tsvLine } from '../helpers/etl-data';

// Title and person details on the real IMDb samples, plus the real TV sample (series and
// their episodes, kept here) and the tricky principals whose characters hold several names
// and escaped quotes.

const databaseUrl = await freshDatabase();
process.env.DATABASE_URL = databaseUrl;

const sample = (file: string) => parseTsv(readFileSync(path.join(REALDATA, file), 'utf8'));
const basics = sample('title.basics.tsv');
const tv = sample('title.basics.tv-sample.tsv');
const principals = sample('title.principals.tsv');
const tricky = sample('tricky-title.principals.tsv');
const TRICKY_TITLES = ['tt9838694', 'tt9881630', 'tt9882290'];
const trickyLines = tricky.lines.filter((l) => TRICKY_TITLES.includes(l.split('\t')[0]));
const file = (header: string, lines: string[]) => `${[header, ...lines].join('\n')}\n`;

const dirs = new TempDirs();
let userId: number;
let otherId: number;

beforeAll(async () => {
  const dir = await dirs.source({
    'title.basics.tsv': file(basics.header, [
      ...basics.lines,
      ...tv.lines,
      ...TRICKY_TITLES.map((t, i) => tsvLine(t, 'movie', `Tricky ${i}`, `Tricky ${i}`, '0', '2019', N, '90', 'Drama')),
    ]),
    'title.principals.tsv': file(principals.header, [...principals.lines, ...trickyLines]),
  });
  const configPath = path.join(dir, 'etl.yml');
  await writeFile(configPath, 'titleTypes:\n  except: [videoGame]\n');
  const summary = await runEtl({
    databaseUrl,
    source: dir,
    datasets: [
      'title.basics',
      'title.akas',
      'title.ratings',
      'title.crew',
      'title.episode',
      'title.principals',
      'name.basics',
    ],
    configPath,
    force: false,
    interactive: false,
  });
  expect(summary.ok).toBe(true);
  const made = await createUser('viewer', 'a long enough passphrase');
  const other = await createUser('other', 'a long enough passphrase');
  if (!made.ok || !other.ok) throw new Error('users');
  userId = made.user.id;
  otherId = other.user.id;
});

afterAll(async () => {
  await dirs.removeAll();
});

describe('getTitleDetails', () => {
  it('gives the facts, rating, directors and writers of a film', async () => {
    const t = await getTitleDetails('tt0000439', userId);
    expect(t).toMatchObject({
      tconst: 'tt0000439',
      source: 'imdb',
      titleType: 'short',
      primaryTitle: 'The Great Train Robbery',
      startYear: 1903,
      endYear: null,
      runtimeMinutes: 11,
      genres: ['Action', 'Adventure', 'Crime'],
      rating: { average: 7.2, votes: 21870 },
      series: null,
      seasons: [],
      episodeCount: 0,
    });
    expect(t?.directors).toEqual([{ nconst: 'nm0692105', name: null, job: null }]);
    expect(t?.writers.map((w) => w.nconst)).toEqual(['nm1145809', 'nm0692105']);
  });

  it('names directors and writers that name_basics holds, with their job from the principals', async () => {
    const t = await getTitleDetails('tt0000306', userId);
    expect(t?.writers).toContainEqual({ nconst: 'nm0000636', name: 'William Shakespeare', job: 'play "Hamlet"' });
    const griffith = await getTitleDetails('tt0000628', userId);
    expect(griffith?.directors[0]).toEqual({ nconst: 'nm0000428', name: 'D.W. Griffith', job: null });
  });

  it('lists the cast in order with their characters, one entry per person', async () => {
    const t = await getTitleDetails('tt0000439', userId);
    expect(t?.cast.slice(0, 3)).toEqual([
      {
        nconst: 'nm0001908',
        name: "Gilbert M. 'Broncho Billy' Anderson",
        category: 'actor',
        characters: ['Bandit', 'Shot Passenger', 'Tenderfoot Dancer'],
        ordering: 1,
      },
      { nconst: 'nm0007625', name: null, category: 'actor', characters: ['Sheriff'], ordering: 4 },
      { nconst: 'nm0055607', name: null, category: 'actor', characters: [], ordering: 5 },
    ]);
    expect(t?.cast).toHaveLength(10);
    expect(t?.principals).toEqual([
      {
        category: 'producer',
        people: [{ nconst: 'nm0692105', name: null, job: 'producer', characters: [], ordering: 13 }],
      },
      {
        category: 'cinematographer',
        people: [{ nconst: 'nm0807466', name: null, job: null, characters: [], ordering: 14 }],
      },
    ]);
  });

  it('reads the characters JSON: several names, escaped quotes, self', async () => {
    const several = await getTitleDetails('tt9881630', userId);
    expect(several?.cast.find((c) => c.nconst === 'nm3672782')?.characters).toEqual([
      'Raiquen',
      'Huenchur',
      'Consuelo',
    ]);
    const quoted = await getTitleDetails('tt9838694', userId);
    expect(quoted?.cast.find((c) => c.nconst === 'nm0093671')?.characters).toEqual(['Woman - (segment: "Fire Woman")']);
    const self = await getTitleDetails('tt0000001', userId);
    expect(self?.cast).toEqual([
      { nconst: 'nm1588970', name: null, category: 'self', characters: ['Self'], ordering: 1 },
    ]);
  });

  it('puts the alternative titles of the reader’s regions first, then IMDb’s order', async () => {
    const plain = await getTitleDetails('tt0000439', userId);
    expect(plain?.akas.map((a) => a.ordering)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(plain?.akas[0]).toMatchObject({
      title: 'The Great Train Robbery',
      isOriginalTitle: true,
      types: ['original'],
    });

    const french = await getTitleDetails('tt0000439', userId, { region: ['FR', 'DE'] });
    expect(french?.akas.slice(0, 6).map((a) => [a.region, a.title, a.preferred])).toEqual([
      ['FR', 'Le vol du grand rapide', true],
      ['FR', "L'attaque du Grand Rapide", true],
      ['FR', 'Le vol du rapide', true],
      ['DE', 'Der große Eisenbahnraub', true],
      ['DE', 'Der grosse Eisenbahnüberfall', true],
      [null, 'The Great Train Robbery', false],
    ]);
    expect(french?.akas.find((a) => a.ordering === 9)).toMatchObject({ attributes: ['informal title'], region: 'IT' });

    const fromHeader = await getTitleDetails('tt0000439', userId, {
      region: regionsFromAcceptLanguage('sv-SE,sv;q=0.9,en;q=0.5'),
    });
    expect(fromHeader?.akas[0]).toMatchObject({ region: 'SE', title: 'Den stora tågplundringen' });
    // Within a region, the title IMDb displays there comes first.
    const japanese = await getTitleDetails('tt0000439', userId, { region: 'JP' });
    expect(japanese?.akas.slice(0, 2).map((a) => [a.ordering, a.types])).toEqual([
      [10, ['imdbDisplay']],
      [30, ['imdbDisplay']],
    ]);
    expect(fromHeader?.akas.filter((a) => a.preferred).map((a) => a.region)).toEqual(['SE', 'US']);
  });

  it('lists a series’ episodes by season, and gives an episode its series', async () => {
    const series = await getTitleDetails('tt0047720', userId);
    expect(series?.titleType).toMatch(/^tv(Mini)?Series$/);
    expect(series?.episodeCount).toBe(2);
    const episodes = series?.seasons.flatMap((s) => s.episodes) ?? [];
    expect(episodes).toHaveLength(2);
    for (const s of series?.seasons ?? []) for (const e of s.episodes) expect(e.season).toBe(s.season);

    const episode = await getTitleDetails(episodes[0].tconst, userId);
    expect(episode?.titleType).toBe('tvEpisode');
    expect(episode?.series).toMatchObject({ tconst: 'tt0047720', title: series?.primaryTitle });
  });

  it('is null for an unknown title, and falls back to provisional_titles', async () => {
    expect(await getTitleDetails('tt9999999', userId)).toBeNull();
    await db().$executeRaw`
      INSERT INTO provisional_titles (user_id, tconst, title, year, title_type, source)
      VALUES (${userId}, 'tt9999998', 'Only On The Web', 2025, 'movie', 'imdb-web')`;
    const t = await getTitleDetails('tt9999998', userId);
    expect(t).toMatchObject({
      source: 'provisional',
      primaryTitle: 'Only On The Web',
      startYear: 2025,
      titleType: 'movie',
      cast: [],
      akas: [],
    });
    expect(await getTitleSummary('tt9999998', userId)).toMatchObject({ primaryTitle: 'Only On The Web' });
    // Another account's provisional title is not this account's.
    expect(await getTitleSummary('tt9999998', otherId)).toBeNull();
    // The datasets win over a provisional row.
    await db().$executeRaw`
      INSERT INTO provisional_titles (user_id, tconst, title, year, source) VALUES (${userId}, 'tt0000439', 'Stale', 1900, 'imdb-web')`;
    expect((await getTitleSummary('tt0000439', userId))?.primaryTitle).toBe('The Great Train Robbery');
  });
});

describe('getPersonDetails', () => {
  it('gives the person, their known-for titles and their titles in the data', async () => {
    const p = await getPersonDetails('nm0001908', userId);
    expect(p).toMatchObject({
      nconst: 'nm0001908',
      name: "Gilbert M. 'Broncho Billy' Anderson",
      birthYear: 1880,
      deathYear: 1971,
      professions: ['director', 'actor', 'producer'],
      seenCount: 0,
    });
    expect(p?.knownFor.map((k) => k.tconst)).toEqual(['tt0001706', 'tt0183803', 'tt0003719', 'tt0176832']);
    const robbery = p?.credits.find((c) => c.tconst === 'tt0000439');
    expect(robbery).toMatchObject({
      title: 'The Great Train Robbery',
      startYear: 1903,
      rating: 7.2,
      roles: [{ category: 'actor', job: null, characters: ['Bandit', 'Shot Passenger', 'Tenderfoot Dancer'] }],
      watch: null,
    });
    // Director in both the crew list and the principals: one role each.
    const both = p?.credits.find((c) => c.tconst === 'tt0000578');
    expect(both?.roles.map((r) => r.category).sort()).toEqual(['director', 'producer', 'writer']);
    const years = p?.credits.map((c) => c.startYear ?? 0) ?? [];
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('shows the user’s own viewings only, without deleted ones', async () => {
    await db().watch.createMany({
      data: [
        { userId, tconst: 'tt0000439', watchedOn: new Date('2024-03-01'), grade: 7.5 },
        { userId, tconst: 'tt0000439', watchedOn: new Date('2025-01-10'), grade: 8 },
        { userId, tconst: 'tt0000452', watchedOn: new Date('2025-02-01'), grade: 4, deletedAt: new Date() },
        { userId: otherId, tconst: 'tt0000501', watchedOn: new Date('2025-02-01'), grade: 9 },
      ],
    });
    const p = await getPersonDetails('nm0001908', userId);
    expect(p?.credits.find((c) => c.tconst === 'tt0000439')?.watch).toEqual({
      count: 2,
      lastWatchedOn: '2025-01-10',
      grade: 8,
    });
    expect(p?.credits.find((c) => c.tconst === 'tt0000452')?.watch).toBeNull();
    expect(p?.credits.find((c) => c.tconst === 'tt0000501')?.watch).toBeNull();
    expect(p?.seenCount).toBe(1);
  });

  it('knows a person whom only titles name, and is null for nobody', async () => {
    const porter = await getPersonDetails('nm0692105', userId);
    expect(porter?.name).toBeNull();
    expect(
      porter?.credits
        .find((c) => c.tconst === 'tt0000439')
        ?.roles.map((r) => r.category)
        .sort(),
    ).toEqual(['director', 'producer', 'writer']);
    expect(await getPersonDetails('nm9999999', userId)).toBeNull();
  });
});

describe('helpers', () => {
  it('parse characters safely', () => {
    expect(parseCharacters('["A","B"]')).toEqual(['A', 'B']);
    expect(parseCharacters(String.raw`["\"Taita\"","Yo \\ tú"]`)).toEqual(['"Taita"', 'Yo \\ tú']);
    expect(parseCharacters(null)).toEqual([]);
    expect(parseCharacters('\\N')).toEqual([]);
    expect(parseCharacters('["broken')).toEqual(['broken']);
    expect(parseCharacters('{"a":1}')).toEqual(['{"a":1}']);
  });

  it('read regions from Accept-Language', () => {
    expect(regionsFromAcceptLanguage('de-CH,de;q=0.9,en-US;q=0.8,en;q=0.7,*;q=0.1')).toEqual(['CH', 'DE', 'US']);
    expect(regionsFromAcceptLanguage('en;q=0.5, fr-CA')).toEqual(['CA', 'US']);
    expect(regionsFromAcceptLanguage('zh-Hant-TW')).toEqual(['TW']);
    expect(regionsFromAcceptLanguage('')).toEqual([]);
    expect(normaliseRegions('fr, de ,xx1')).toEqual(['FR', 'DE']);
  });
});
