import { hash, Rng } from './random';

// Vocabularies for synthetic titles and names. Each language has a few dozen real, frequent
// words (the head of a Zipf curve) and a syllable set from which rarer words are built
// deterministically by rank, so a word recurs across titles as real words do and the trigram
// statistics of each script look like the language's own.

export type Lang =
  | 'en'
  | 'fr'
  | 'de'
  | 'es'
  | 'it'
  | 'pt'
  | 'nl'
  | 'sv'
  | 'pl'
  | 'cs'
  | 'hu'
  | 'tr'
  | 'ro'
  | 'jr'
  | 'ru'
  | 'el'
  | 'ja'
  | 'zh'
  | 'ko'
  | 'ar'
  | 'hi';

interface LangDef {
  common: string[];
  /** Whole syllables, or (when `vowels` is set) the consonants a syllable starts with. */
  syllables: string[];
  vowels?: string[];
  /** Consonants that may close a syllable (`-` entries in the table are ignored). */
  codas?: string[];
  minSyl: number;
  maxSyl: number;
  /** Between words: a space, or nothing for Chinese and Japanese. */
  joiner: string;
  caps: 'title' | 'first' | 'nouns' | 'none';
  vocabulary: number;
}

const chars = (s: string): string[] => Array.from(s);

const HIRAGANA = chars(
  'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわんがぎぐげござじずぜぞだでどばびぶべぼ',
);
const KATAKANA = chars(
  'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンガギグゲゴザジズゼゾダデドバビブベボパピプペポー',
);
const KANJI = chars(
  '日月火水木金土山川田人子女男生年時間愛心夢恋花風雪空海星光影夜朝春夏秋冬東西南北京都大小中高新古長白黒赤青銀道家国語話物殺鬼神龍侍剣恋死島城町村先学校戦争',
);
const HANGUL: string[] = [];
for (const l of [0, 2, 3, 5, 6, 7, 9, 11, 12, 14, 15, 16, 17, 18]) {
  for (const v of [0, 4, 8, 13, 18, 20, 1, 6]) {
    for (const t of [0, 0, 4, 8, 16, 21]) HANGUL.push(String.fromCharCode(0xac00 + (l * 21 + v) * 28 + t));
  }
}
const DEVANAGARI: string[] = [];
for (const c of chars('कखगचजटडतदनपबभमयरलवशसह')) {
  for (const m of ['', '', 'ा', 'ि', 'ी', 'ु', 'े', 'ो', 'ं', 'ै']) DEVANAGARI.push(c + m);
}

// lang | capitalisation | syllables per built word | vocabulary size | frequent words | syllables:
// either `onsets/vowels/codas` or a plain syllable list (`*HANZI` etc. name a set defined below).
// A capitalisation ending in `-` marks scripts written without spaces between words.
const TABLE = `
en|title|1-3|80000|the of a and in to love my life night man day story world last one time girl dead house black blood christmas live boy war part new city little secret woman dark king lost death devil heart women dream family game good big first red white blue golden murder ghost island dance road summer winter queen money run fire water star moon sun angel music show return high school best friends before after under beyond inside over into for with from on at is you me all no what how why who where we it your this that home wild american hell street|b c d f g h j k l m n p r s t v w y br cr dr fl gr pl st tr sh ch th wh bl cl sl sp str/a e i o u ea ee oo ai ou ay ie a e i o/- - - n r st nd ll ck t ng rk s m d ce ght rt nt
fr|first|1-3|40000|le la les de du des et un une l'amour nuit vie homme femme fille été rêve cœur château mère père frères dernière histoire ville mort soleil éternité à où chère forêt noël sœur clown chiens bon bock|b c d f g j l m n p r s t v ch pr tr gr bl qu/a e i o u é è ê ou oi au eau ai ie a e i/- - - n r s t l x nt rt lle ss
de|nouns|1-4|40000|der die das und ein eine im von zu mit liebe nacht herz mädchen tod leben geschichte könig frau mann kinder straße schön grün über für märchen größe brüder tatort schuld boxende känguruh|b d f g h k l m n p r s t w z sch st sp br fr gr kr tr pf/a e i o u ä ö ü ei au ie eu e a/- - n r s t l ch ck ng nd rt tz ß ld
es|first|1-4|40000|el la los las de del y en un una amor noche vida corazón niña muerte mujer hombre días canción mañana señor sueño más allá también telenovela errante verónica desde|b c d f g j l m n p r s t v ll ñ ch br tr pr/a e i o u á é í ó ú ue ia io a e o/- - - n r s l z d
it|first|2-4|30000|il la le di del e un una amore notte vita cuore uomo donna città perché più sì giorno bella morte figlio così caffè|b c d f g l m n p r s t v gl gn sc ch br tr/a e i o u à è ò ia io a e o/- - - - - n r l s
pt|first|1-4|30000|o a os as de do da e um uma amor noite vida coração não mãe irmão ação joão são cidade sertão canção três você ilha dos cães alguém como eu|b c d f g j l m n p r s t v lh nh ch br tr/a e i o u ã õ á é ê ó ão ei ou a o/- - - - n r s l m
nl|first|1-3|15000|de het een van en in liefde nacht leven meisje jongen huis dood ijs zee vriend|b d g h k l m n p r s t v w z sch st kr gr/a e i o u aa ee oo ij ui oe ie/- - n r s t l k rt nd ng
sv|first|1-3|15000|en ett och i på av kärlek natt liv flicka pojke hus död sjö år över så fin du som ingen|b d f g h k l m n p r s t v sk st sj tj kr/a e i o u å ä ö y/- - n r s t l k ng rd nd
pl|first|2-4|15000|i w z na miłość noc życie dziewczyna śmierć człowiek dom świat ostatni ślub wojna|b c d g k l ł m n p r s t w z cz sz rz ż ź ś prz szcz dz/a e i o u y ą ę ó ie/- - - n k ł m ść ń j
cs|first|2-4|15000|a v na se láska noc život holka smrt člověk dům svět příběh hlav sílenství výstavní párkař|b č d h k l m n p r ř s š t v z ž ch st pr kr/a e i o u á é í ý ů ě/- - - n k l m v ch j
hu|first|2-4|15000|a az és egy szerelem éjszaka élet lány halál ember ház világ tánc spanyol|b d f g h k l m n p r s t v z sz gy ny cs zs/a e i o u á é ó ö ő ü ű/- - n r l k t s sz gy
tr|first|2-4|15000|ve bir bu aşk gece hayat kız ölüm adam ev dünya geçidi cin şehir|b c ç d g ğ h k l m n p r s ş t y z/a e ı i o ö u ü/- - - n r l k m z ş t
ro|first|2-4|10000|și în de la un o dragoste noapte viață fată moarte om casă lume pădure portrete|b c d f g l m n p r s ș t ț v/a e i o u ă â î ea ia/- - - n r l t ș
jr|first|2-5|30000|no to wa ga ni o koi yoru ai shôjo monogatari kamikakushi sen tokyo sensei gakkô tenshi yume chokorêto|ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho ma mi mu me mo ya yu yo ra ri ru re ro wa n ô û ga gi go za ji zu da de do ba bi bo kyô shô ryû jô
ru|first|2-4|40000|и в не на я с любовь ночь жизнь девочка смерть человек дом мир война история последний тайна сердце город брат серия эпизод|б в г д ж з к л м н п р с т ф х ц ч ш щ бр гр кр пр ст тр/а е и о у ы я ю ё э а о е/- - - н р л в й к т ст ль нь
el|first|2-4|15000|ο η το και του της αγάπη νύχτα ζωή κορίτσι θάνατος άνθρωπος σπίτι κόσμος πόλεμος ιστορία|β γ δ ζ θ κ λ μ ν ξ π ρ σ τ φ χ ψ στ τρ/α ε η ι ο υ ω ά έ ή ί ό ύ ώ αι ει ου/- - - ν σ ρ
ja|none-|1-4|30000|の と 愛 夜 少女 物語 東京 先生 学校 天使 夢 恋 世界 君 僕 最後 日本 映画|*KANA
zh|none-|1-3|30000|的 爱 夜 少女 故事 北京 老师 学校 天使 梦 世界 你 我 最后 中国 电影|*HANZI
ko|none|1-3|20000|사랑 밤 인생 소녀 죽음 사람 집 세계 전쟁 이야기 그리고 나의|*HANGUL
ar|none|3-6|20000|في من حب ليل حياة فتاة موت رجل بيت عالم حرب قصة و|*ARABIC
hi|none|2-4|20000|का की के में और प्यार रात जीवन लड़की मौत आदमी घर दुनिया युद्ध कहानी दिल|*DEVANAGARI
`;

const SETS: Record<string, string[]> = {
  KANA: [...HIRAGANA, ...KATAKANA, ...KANJI],
  HANZI: chars(
    '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴米雪夜梦恋',
  ),
  HANGUL,
  ARABIC: chars('ابتثجحخدذرزسشصضطظعغفقكلمنهوي'),
  DEVANAGARI,
};

const DEFS = Object.fromEntries(
  TABLE.trim()
    .split('\n')
    .map((line) => {
      const [lang, caps, syl, vocabulary, common, syllables] = line.split('|');
      const [minSyl, maxSyl] = syl.split('-').map(Number);
      const [onsets, vowels, codas] = syllables.split('/').map((part) => part.split(' '));
      const def: LangDef = {
        common: common.split(' '),
        syllables: syllables.startsWith('*') ? SETS[syllables.slice(1)] : onsets,
        vowels,
        codas: codas?.filter((c) => c !== '-'),
        minSyl,
        maxSyl,
        joiner: caps.endsWith('-') ? '' : ' ',
        caps: caps.replace('-', '') as LangDef['caps'],
        vocabulary: Number(vocabulary),
      };
      return [lang, def];
    }),
) as Record<Lang, LangDef>;

/** How many of each language's frequent words (at the head of its list) are function words. */
const FUNCTION_WORDS = Object.fromEntries(
  'en:6 fr:9 de:10 es:10 it:9 pt:13 nl:6 sv:6 pl:4 cs:4 hu:4 tr:3 ro:6 jr:6 ru:6 el:6 ja:2 zh:1 ko:0 ar:2 hi:5'
    .split(' ')
    .map((e) => [e.slice(0, 2), Number(e.slice(3))]),
) as Record<Lang, number>;

const SMALL = new Set('the of a and in to for with from on at is an or'.split(' '));
const memo = new Map<Lang, string[]>();
const rng = new Rng();

/** Mostly from the first third of a list, sometimes from all of it. */
function common(list: string[]): string {
  return rng.chance(0.75) ? list[rng.int(Math.ceil(list.length / 3))] : rng.pick(list);
}

function synthesize(lang: Lang, def: LangDef, rank: number): string {
  rng.reseed(hash(0x5eed, lang.charCodeAt(0) * 256 + lang.charCodeAt(1), rank));
  if (lang === 'ja') {
    const kind = rng.next();
    const [set, lo, hi]: [string[], number, number] =
      kind < 0.5 ? [KANJI, 1, 2] : kind < 0.8 ? [HIRAGANA, 2, 4] : [KATAKANA, 3, 5];
    let s = '';
    for (let n = rng.range(lo, hi); n > 0; n--) s += rng.pick(set);
    return s;
  }
  let s = lang === 'ar' && rng.chance(0.35) ? 'ال' : '';
  for (let n = rng.range(def.minSyl, def.maxSyl), k = 0; k < n; k++) {
    if (!def.vowels || !def.codas) s += rng.pick(def.syllables);
    else {
      // Simple sounds (listed first) far more often than clusters, as in real words.
      if (rng.chance(k === 0 ? 0.8 : 0.92)) s += common(def.syllables);
      s += common(def.vowels) + (rng.chance(k === n - 1 ? 0.5 : 0.25) ? common(def.codas) : '');
    }
  }
  return lang === 'el' && s.endsWith('σ') ? `${s.slice(0, -1)}ς` : s;
}

/** The word of the given Zipf rank in a language (rank 0 is the most frequent). */
export function word(lang: Lang, rank: number): string {
  let words = memo.get(lang);
  if (!words) {
    words = [];
    memo.set(lang, words);
  }
  const def = DEFS[lang];
  let s = words[rank];
  if (s === undefined) {
    s = rank < def.common.length ? def.common[rank] : synthesize(lang, def, rank);
    words[rank] = s;
  }
  return s;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A phrase of `n` Zipf-distributed words, capitalised the way titles in that language are. */
export function phrase(r: Rng, lang: Lang, n: number): string {
  const def = DEFS[lang];
  const fw = FUNCTION_WORDS[lang];
  let out = '';
  for (let k = 0; k < n; k++) {
    let rank = r.zipf(def.vocabulary);
    // A title does not end on an article or a preposition.
    if (k === n - 1 && rank < fw) rank = fw + r.zipf(def.vocabulary - fw);
    let s = word(lang, rank);
    if (def.caps === 'title' ? k === 0 || !SMALL.has(s) : def.caps === 'nouns' ? k === 0 || s.length > 3 : k === 0) {
      if (def.caps !== 'none') s = cap(s);
    }
    out += k === 0 ? s : def.joiner + s;
  }
  return out;
}
