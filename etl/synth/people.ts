import { type Rng, Weighted } from './random';
import { decorate, isLatin } from './text';
import { type Lang, phrase, word } from './words';

// People's names (mostly Latin script, as in name.basics, with accents and the occasional
// native-script or quoted name), characters' JSON arrays, jobs and professions.

// culture | language its rarer surnames are built from | first names | surnames
const CULTURES = `
en|en|John Mary James Robert Michael William David Richard Joseph Thomas Sarah Jennifer Linda Elizabeth Susan Jessica Karen Nancy Lisa Kevin Brian Emily Fred Lauren Stephen|Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson Martin Thompson White Harris Clark Lewis Walker Hall Allen Young King Astaire Bacall
es|es|José María Juan Carmen Antonio Ana Luis Francisco Javier Lucía Pedro Rosa Miguel Dolores Verónica Inés Raúl Martín|García Fernández González Rodríguez López Martínez Sánchez Pérez Gómez Díaz Ruiz Hernández Jiménez Muñoz Álvarez Romero Núñez
fr|fr|Jean Marie Pierre Michel Françoise André Jacques Hélène Élodie Louis Céline Rémi Zoé Mylène Pacôme Gaëlle|Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Lefèvre Girard Bonnet Méliès Thiellement
de|de|Hans Peter Klaus Jürgen Ursula Monika Wolfgang Günter Sabine Renate Jörg Björn Käthe|Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Krüger Großmann
it|it|Giuseppe Giovanni Antonio Mario Luigi Francesca Maria Anna Niccolò Lucia|Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco
pt|pt|João António Ana Maria Francisco Conceição Sebastião Luís Inês|Silva Santos Oliveira Souza Pereira Costa Rodrigues Almeida Gonçalves Simões
jr|jr|Hiroshi Takeshi Yuki Akira Kenji Shôzô Genjirô Haruko Keiko Ryûichi Kichisaburô|Satô Suzuki Takahashi Tanaka Watanabe Itô Yamamoto Nakamura Kobayashi Yoshida Ôno
ru|pl|Ivan Dmitriy Sergey Olga Natalya Yelena Aleksandr Mikhail Tatyana Dina|Ivanov Smirnov Kuznetsov Popov Vasilyev Petrova Sokolova Mikhaylov Pronicheva Novikov
in|jr|Amit Rahul Priya Anjali Sanjay Deepika Vikram Lakshmi Arjun Sunita|Sharma Verma Gupta Singh Kumar Patel Reddy Nair Iyer Chopra Kapoor Khan
ar|tr|Mohamed Ahmed Fatima Ali Omar Youssef Layla Khaled Nour Hassan|Hassan Hussein Ibrahim Mahmoud Abdullah Mansour Haddad Khalil Saleh
ms|en|Mohd Syed Nurul Siti Amir Ahmad Nur Muhammad|bin Syed Ibrahim binti Abdullah Rashid Asyraf Khalid
zh|jr|Wei Fang Li Na Jun Hui Ming Xiu Lei Yan|Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou
ko|jr|Min-jun Seo-yeon Ji-hoon Ha-eun Do-yoon Soo-ah|Kim Lee Park Choi Jung Kang Cho Yoon Jang
pl|pl|Piotr Anna Krzysztof Małgorzata Andrzej Agnieszka Łukasz|Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski Zieliński
`;

interface Culture {
  lang: Lang;
  first: string[];
  last: string[];
}
const CULTURE_LIST: Culture[] = CULTURES.trim()
  .split('\n')
  .map((line) => {
    const [, lang, first, last] = line.split('|');
    return { lang: lang as Lang, first: first.split(' '), last: last.split(' ') };
  });
const CULTURE = new Weighted(
  CULTURE_LIST.map((c, k) => [c, [40, 9, 8, 7, 5, 5, 4, 3, 6, 2, 0.5, 2, 2, 2][k]] as const),
);
const NATIVE: Lang[] = ['ru', 'ja', 'zh', 'ko', 'ar', 'hi', 'el'];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function surname(r: Rng, c: Culture): string {
  return r.chance(0.55) ? r.pick(c.last) : cap(word(c.lang, 200 + r.zipf(20000)));
}

export function personName(r: Rng): string {
  if (r.chance(0.004)) return phrase(r, r.pick(NATIVE), 2);
  const c = CULTURE.pick(r);
  let name = r.pick(c.first);
  const p = r.next();
  if (p < 0.1) name += ` ${r.pick(c.first)}`;
  else if (p < 0.13) name += ` ${String.fromCharCode(65 + r.int(26))}.`;
  else if (p < 0.1305) name += ` "${cap(word('en', r.zipf(2000)))}"`;
  name += ` ${surname(r, c)}`;
  if (p > 0.985) name += r.chance(0.5) ? ` ${surname(r, c)}` : ' Jr.';
  return name;
}

const ROLES =
  'Self|Policeman|Party Guest|Nurse|Bandit|The Devil|Extra|Dinner Guest|Doctor|Mother|Father|Waitress|Reporter|Detective|Student|Soldier|Girl|Boy|Man|Woman|Old Man|Young Woman|Bartender|Narrator|Host|Guest|Various|Additional Voices|Dancer|Singer|Priest|Judge|Officer|Committee Woman|Rip Van Winkle|Écolière|Homme à la pelle|Doña Chelito'.split(
    '|',
  );

function character(r: Rng, self: boolean): string {
  if (self) return r.chance(0.75) ? 'Self' : `Self - ${r.pick(['Host', 'Guest', 'Contestant', 'Presenter', 'Judge'])}`;
  const p = r.next();
  const c = CULTURE.pick(r);
  let name = p < 0.4 ? r.pick(ROLES) : p < 0.85 ? r.pick(c.first) : `${r.pick(c.first)} ${surname(r, c)}`;
  const q = r.next();
  if (q < 0.004) name += ` - (segment: "${decorate(r, 'en', phrase(r, 'en', 2))}")`;
  else if (q < 0.007) name += ` (segment "${phrase(r, isLatin(c.lang) ? c.lang : 'en', 1 + r.int(3))}")`;
  else if (q < 0.03) name += ' (voice)';
  else if (q < 0.035) name += ' (uncredited)';
  return name;
}

/** The JSON array of characters: raw UTF-8, inner quotes and backslashes escaped as JSON does. */
export function charactersJson(r: Rng, self: boolean): string {
  const n = r.chance(0.03) ? 2 + r.int(3) : 1;
  let out = '[';
  for (let k = 0; k < n; k++) {
    const c = character(r, self && k === 0);
    out += `${k ? ',' : ''}"${c.replace(/["\\]/g, '\\$&')}"`;
  }
  return `${out}]`;
}

const WRITER_JOBS = new Weighted<string>([
  ['\\N', 45],
  ['writer', 18],
  ['screenplay', 9],
  ['novel', 5],
  ['story', 5],
  ['created by', 5],
  ['written by', 4],
  ['teleplay', 3],
  ['play', 2],
  ['characters', 2],
  ['QUOTED', 2],
]);

export function job(r: Rng, category: string): string {
  switch (category) {
    case 'writer': {
      const j = WRITER_JOBS.pick(r);
      return j === 'QUOTED' ? `${r.pick(['novel', 'play', 'story', 'poem'])} "${phrase(r, 'en', 1 + r.int(4))}"` : j;
    }
    case 'producer':
      return r.pick([
        'producer',
        'producer',
        'executive producer',
        'co-producer',
        'associate producer',
        'line producer',
      ]);
    case 'cinematographer':
      return r.chance(0.8) ? '\\N' : r.pick(['director of photography', 'cinematographer']);
    case 'composer':
      return r.chance(0.6) ? '\\N' : 'composer';
    case 'director':
      return r.chance(0.95) ? '\\N' : r.pick(['co-director', 'director']);
    default:
      return '\\N';
  }
}

const PROFESSIONS = new Weighted<string>(
  'actor 30|actress 20|miscellaneous 8|producer 6|writer 5|director 5|camera_department 3|self 5|cinematographer 2|composer 2|editor 2|art_department 2|sound_department 2|music_department 1.5|soundtrack 1.5|visual_effects 1.5|animation_department 1|archive_footage 1|casting_director 0.5|costume_designer 0.5|make_up_department 1|production_manager 1|assistant_director 1|editorial_department 1|stunts 1|transportation_department 0.3|location_management 0.3|script_department 0.3|talent_agent 0.2|podcaster 0.2|executive 0.2|publicist 0.1|manager 0.1|legal 0.1|choreographer 0.1|electrical_department 0.3|special_effects 0.3|production_designer 0.3|set_decorator 0.3|accountant 0.1'
    .split('|')
    .map((e) => e.split(' '))
    .map(([p, w]) => [p, Number(w)] as const),
);

/** primaryProfession: up to three, distinct; rarely an empty string (not \N), as in the real file. */
export function professions(r: Rng): string {
  if (r.chance(0.005)) return '';
  const n = r.chance(0.45) ? 1 : r.chance(0.55) ? 2 : 3;
  const picked: string[] = [];
  for (let k = 0; k < n * 2 && picked.length < n; k++) {
    const p = PROFESSIONS.pick(r);
    if (!picked.includes(p)) picked.push(p);
  }
  return picked.join(',');
}
