import { describe, expect, it } from 'vitest';
import { normalizeSearchText, romanToDigits, unaccentLike } from './normalize';

describe('normalizeSearchText', () => {
  it.each([
    ['Amélie', 'amelie'],
    ['AMELIE', 'amelie'],
    ['Le fabuleux destin d’Amélie Poulain', 'le fabuleux destin damelie poulain'],
    ['Das boxende Känguruh', 'das boxende kanguruh'],
    ['Výstavní párkar a lepic plakátù', 'vystavni parkar a lepic plakatu'],
    ['Łódź', 'lodz'],
    ['Straße', 'strasse'],
    ['Ærø', 'aero'],
    ['Œuvre', 'oeuvre'],
  ])('drops accents and case: %s → %s', (title, expected) => {
    expect(normalizeSearchText(title)).toBe(expected);
  });

  it.each([
    ['Star Wars: Episode VII – The Force Awakens', 'star wars episode 7 the force awakens'],
    ['Star Wars: Episode VII - The Force Awakens', 'star wars episode 7 the force awakens'],
    ['star wars vii', 'star wars 7'],
    ['Rocky II', 'rocky 2'],
    ['Rocky III', 'rocky 3'],
    ['Henry V', 'henry 5'],
    ['Louis XIV', 'louis 14'],
    ['Part XX', 'part 20'],
    ['Part XXI', 'part xxi'],
    ['Part I', 'part i'],
  ])('turns roman numerals II–XX into digits: %s → %s', (title, expected) => {
    expect(normalizeSearchText(title)).toBe(expected);
  });

  it('leaves a roman numeral that starts the title alone (X-Men, XX, VI…)', () => {
    expect(normalizeSearchText('X-Men')).toBe('x men');
    expect(normalizeSearchText('XX')).toBe('xx');
    expect(normalizeSearchText('x')).toBe('x');
    expect(normalizeSearchText('V for Vendetta')).toBe('v for vendetta');
  });

  it('spells & as "and"', () => {
    expect(normalizeSearchText('Fast & Furious')).toBe('fast and furious');
    expect(normalizeSearchText('Tom&Jerry')).toBe('tom and jerry');
    expect(normalizeSearchText('Fast and Furious')).toBe(normalizeSearchText('Fast & Furious'));
  });

  it('removes apostrophes and dots, and turns other punctuation into single spaces', () => {
    expect(normalizeSearchText("Schindler's List")).toBe('schindlers list');
    expect(normalizeSearchText('Schindler’s List')).toBe('schindlers list');
    expect(normalizeSearchText('E.T. the Extra-Terrestrial')).toBe('et the extra terrestrial');
    expect(normalizeSearchText('Love...')).toBe('love');
    expect(normalizeSearchText('Who?!  What; (now) [then] #tag 100% $5 @home a/b c\\d ~e~ +f*')).toBe(
      'who what now then tag 100 5 home a b c d e f',
    );
    expect(normalizeSearchText('  padded\ttext \n')).toBe('padded text');
    expect(normalizeSearchText('«Quoted» „text“')).toBe('quoted text');
  });

  it('drops invisible marks (zero-width space and joiners, direction marks, BOM)', () => {
    expect(normalizeSearchText('Love\u200b Story\u200f')).toBe('love story');
    expect(normalizeSearchText('\u200fLove')).toBe('love');
    expect(normalizeSearchText('\ufeffLo\u200dve')).toBe('love');
    // unaccent turns a soft hyphen into a hyphen first.
    expect(normalizeSearchText('Soft\u00adware')).toBe('soft ware');
  });

  it('keeps letters and digits of every script', () => {
    expect(normalizeSearchText('Дом  Ωμέγα!! 東京「物語」')).toBe('дом ωμεγα 東京 物語');
    expect(normalizeSearchText('ОДИССЕЯ')).toBe('одиссея');
    expect(normalizeSearchText('Ёлки')).toBe('елки');
    expect(normalizeSearchText('ΟΔΟΣ')).toBe('οδοσ');
    expect(normalizeSearchText('사랑 と 愛')).toBe('사랑 と 愛');
    expect(normalizeSearchText('एपिसोड')).toBe('एपिसोड');
    expect(normalizeSearchText('Se7en')).toBe('se7en');
    expect(normalizeSearchText('ＦＵＬＬ　ＷＩＤＴＨ！')).toBe('full width');
  });

  it('makes nothing out of punctuation only', () => {
    expect(normalizeSearchText('?!... -- ')).toBe('');
    expect(normalizeSearchText('')).toBe('');
  });
});

describe('unaccentLike', () => {
  it('maps as unaccent’s rules do', () => {
    expect(unaccentLike('Crème brûlée')).toBe('Creme brulee');
    expect(unaccentLike('½')).toBe(' 1/2');
    expect(unaccentLike('…')).toBe('...');
    expect(unaccentLike('“x”')).toBe('"x"');
    expect(unaccentLike('й')).toBe('й');
  });
});

describe('romanToDigits', () => {
  it('converts whole words only, never the first', () => {
    expect(romanToDigits('part ii iii')).toBe('part 2 3');
    expect(romanToDigits('vivid xiv')).toBe('vivid 14');
    expect(romanToDigits('ii')).toBe('ii');
    expect(romanToDigits('mix vix')).toBe('mix vix');
  });
});
