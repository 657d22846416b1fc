import { type Lines, N } from './lines';
import { isRated, numVotes, SALT, startYear, tconst, typeOf, type Universe } from './model';
import { hash, Rng, Weighted } from './random';
import { RLM, titleText, translatedTitle, ZWSP } from './text';
import type { Lang } from './words';

// title.akas: about 4.6 rows per title. The first is usually the original title; the others
// are regional titles: the same string for many regions, a translation in the region's
// language and script for the rest ("Episode #1.2" becomes "Folge #1.2", "Эпизод #1.2" …).

// region | language of its titles | code written in the language column when it is set | weight
const REGIONS = `US en en 10|GB en en 6|DE de de 7|FR fr fr 7|ES es es 6|IT it it 5|BR pt pt 5|RU ru ru 4|JP ja ja 4
IN hi hi 3.5|XWW en en 4|CA en fr 3|MX es es 3|PT pt pt 3|GR el el 2|PL pl pl 2.5|HU hu hu 2|TR tr tr 2|UA ru uk 2
AR es es 2|SE sv sv 2|DK sv da 1.5|FI sv fi 1.5|NO sv no 1|NL nl nl 1.5|CZ cs cs 1.5|RO ro ro 1.2|BG ru bg 1
RS ru sr 1|CN zh cmn 1.5|TW zh cmn 1|HK zh yue 1|KR ko ko 1.5|EG ar ar 0.5|SA ar ar 0.3|AE ar ar 0.3|AU en en 2
BE fr nl 1|AT de de 1|EE ru et 0.5|IR ar fa 0.5|XYU ru sr 0.3|SUHH ru ru 0.3|XWG de de 0.2`
  .split(/[|\n]/)
  .map((e) => e.trim().split(' '))
  .map(([region, lang, code, w]) => [{ region, lang: lang as Lang, code }, Number(w)] as const);
const REGION = new Weighted(REGIONS);

const TYPES = new Weighted<string>(
  'imdbDisplay 55|\\N 17|alternative 6|dvd 1|festival 0.3|working 0.3|tv 0.3|video 0.3'
    .split('|')
    .map((e) => e.split(' '))
    .map(([t, w]) => [t, Number(w)] as const),
);
const ATTRIBUTES = new Weighted<string>(
  'informal title 20|literal title 15|literal English title 15|transliterated title 11|premiere title 7|informal English title 6|copyright title 6|short title 5|reissue title 5|new title 5|informal alternative title 5|alternative spelling 3|subtitle 2|review title 2|long title 2|promotional title 1|première title 1|original subtitled version 1|original script title 1|complete title 1|bowdlerized title 1'
    .split('|')
    .map((e) => [e.slice(0, e.lastIndexOf(' ')), Number(e.slice(e.lastIndexOf(' ') + 1))] as const),
);
const EPISODE_WORD: Record<Lang, string> = {
  en: 'Episode',
  fr: 'Épisode',
  de: 'Folge',
  es: 'Episodio',
  it: 'Episodio',
  pt: 'Episódio',
  nl: 'Aflevering',
  sv: 'Avsnitt',
  pl: 'Odcinek',
  cs: 'Epizoda',
  hu: 'Epizód',
  tr: 'Bölüm',
  ro: 'Episodul',
  jr: 'Episode',
  ru: 'Эпизод',
  el: 'Επεισόδιο',
  ja: 'エピソード',
  zh: '第',
  ko: '에피소드',
  ar: 'الحلقة',
  hi: 'एपिसोड',
};

const rng = new Rng();

function count(u: Universe, i: number, r: Rng): number {
  if (r.chance(0.12)) return 0;
  let n = 1 + Math.floor(r.exp(4.5));
  const type = typeOf(u, i);
  if (isRated(u, i, type)) n += Math.floor(Math.log10(numVotes(u, i)) ** 2 * r.next() * 2);
  return Math.min(n, 250);
}

export function* akas(u: Universe, out: Lines): Generator<string> {
  for (let i = 0; i < u.titles; i++) {
    const r = rng.reseed(hash(u.seed, SALT.akas, i));
    const n = count(u, i, r);
    if (n === 0) continue;
    const type = typeOf(u, i);
    const text = titleText(u, i, type, startYear(u, i, type));
    const id = tconst(u, i);
    let ordering = 1;
    if (r.chance(0.8)) out.add(`${id}\t${ordering++}\t${text.original}\t${N}\t${N}\toriginal\t${N}\t1\n`);
    for (; ordering <= n; ordering++) {
      const { region, lang, code } = REGION.pick(r);
      let title: string;
      if (text.numbered)
        title = lang === 'zh' ? `第${text.numbered.slice(1)}集` : `${EPISODE_WORD[lang]} ${text.numbered}`;
      else if (lang === text.lang) title = r.chance(0.8) ? text.original : translatedTitle(r, lang, text.original);
      else if (lang === 'en' || r.chance(0.4)) title = text.primary;
      else title = translatedTitle(r, lang, text.primary);
      if (lang === 'ar' && r.chance(0.1)) title = r.chance(0.5) ? RLM + title : title + RLM;
      else if (r.chance(0.0005)) title = title.replace(' ', ` ${ZWSP}`);
      const language = r.chance(0.07) ? code : N;
      const attributes = r.chance(0.06) ? ATTRIBUTES.pick(r) : N;
      out.add(`${id}\t${ordering}\t${title}\t${region}\t${language}\t${TYPES.pick(r)}\t${attributes}\t0\n`);
    }
    if (out.full) yield out.take();
  }
  yield out.take();
}
