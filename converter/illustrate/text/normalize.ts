/**
 * Word normalisation for matching: the same word spelled with or without accents, Arabic
 * diacritics, the Arabic article, or a plural ending should meet the same keyword.
 *
 * Deliberately light (no dictionary stemmer): it only has to make "plants" meet "plant",
 * "energía" meet "energia" and "الشمس" meet "شمس", and a wrong merge costs little (a slightly
 * different icon), while a heavy stemmer per language would be a large dependency.
 */

const LATIN_MARKS = /[\u0300-\u036f]/g;
const ARABIC_MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g; // harakat, tatweel

/** Lower case, NFC, without Latin accents or Arabic diacritics; Arabic letter variants unified. */
export function foldWord(word: string, lang: string): string {
  let w = word.normalize('NFC').toLocaleLowerCase(lang || 'en');
  if (/\p{Script=Latin}/u.test(w)) w = w.normalize('NFD').replace(LATIN_MARKS, '').normalize('NFC');
  if (/\p{Script=Arabic}/u.test(w)) {
    w = w.replace(ARABIC_MARKS, '').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
  }
  return w.replace(/[’']/g, "'");
}

/** A crude stem for matching: folded word minus the commonest inflectional endings of its language. */
export function stemWord(word: string, lang: string): string {
  let w = foldWord(word, lang);
  // French/Italian elisions: l'énergie -> énergie.
  w = w.replace(/^(?:l|d|j|qu|n|s|c|m|t)'(?=\p{L}{2})/u, '');
  if (/\p{Script=Arabic}/u.test(w)) return stemArabic(w);
  if (!/^\p{Script=Latin}+$/u.test(w) || w.length <= 3) return w;
  switch (lang) {
    case 'en':
      if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
      if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
      if (w.length > 4 && /(?:ss|us|is)$/.test(w)) return w;
      if (w.length > 4 && /(?:ches|shes|xes|ses)$/.test(w)) return w.slice(0, -2);
      if (w.endsWith('s')) return w.slice(0, -1);
      return w;
    case 'es':
    case 'pt':
      if (w.length > 4 && /(?:ces)$/.test(w)) return w.slice(0, -3) + 'z';
      if (w.length > 4 && /[^aeiou]es$/.test(w)) return w.slice(0, -2);
      if (w.endsWith('s')) return w.slice(0, -1);
      return w;
    case 'fr':
      if (w.length > 4 && /aux$/.test(w)) return w.slice(0, -3) + 'al';
      if (/[sx]$/.test(w)) return w.slice(0, -1);
      return w;
    case 'de':
      if (w.length > 5 && /(?:en|er|es)$/.test(w)) return w.slice(0, -2);
      if (w.length > 4 && /[ns]$/.test(w)) return w.slice(0, -1);
      return w;
    case 'it':
      if (w.length > 4 && /[ie]$/.test(w)) return w.slice(0, -1);
      return w;
    default:
      if (w.length > 4 && w.endsWith('s')) return w.slice(0, -1);
      return w;
  }
}

function stemArabic(w: string): string {
  // Conjunction/preposition + article prefixes (و، ب، ف، ك، ل) then the article itself.
  let s = w.replace(/^(?:وال|بال|فال|كال|لل)(?=\p{L}{2})/u, '').replace(/^ال(?=\p{L}{2})/u, '');
  // Sound feminine plural and dual/masculine plural endings.
  if (s.length > 4) s = s.replace(/(?:ات|ون|ين|ان)$/u, '');
  if (s.length > 3) s = s.replace(/ه$/u, '');
  return s;
}
