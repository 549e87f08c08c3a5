/**
 * Stop words per language: the stopwords-iso lists (MIT, 50+ languages), adjusted for lectures.
 *
 * Those lists are built for search engines and drop some nouns a lesson is about ("world",
 * "system", "information"), so a few are given back; and speaker notes carry classroom filler
 * ("today", "let's look at", "remember") that says nothing about the slide, so that is added.
 * Everything is compared after foldWord, so accents and Arabic diacritics do not matter.
 */
import { loadPackageJson } from '../package-data.js';
import { foldWord } from './normalize.js';

/** Content words the generic lists treat as stop words but lessons are often about. */
const KEEP: Record<string, string[]> = {
  en: [
    'world', 'system', 'systems', 'problem', 'problems', 'home', 'computer', 'computers', 'information', 'research',
    'house', 'number', 'numbers', 'area', 'areas', 'group', 'groups', 'life', 'work', 'year', 'years', 'state', 'states',
    'line', 'lines', 'interest', 'man', 'men', 'woman', 'women', 'face', 'parts', 'order', 'point', 'points', 'results',
    'present', 'side', 'large', 'small', 'turn', 'end', 'case', 'place', 'places', 'fact', 'facts', 'differ', 'value',
  ],
  es: ['parte', 'partes', 'trabajo', 'mundo', 'sistema', 'numero', 'agua', 'vida', 'tiempo', 'lugar', 'grupo', 'estado'],
  fr: ['monde', 'systeme', 'nombre', 'partie', 'parties', 'vie', 'temps', 'lieu', 'groupe', 'etat', 'eau', 'travail'],
  hi: ['पानी', 'समय', 'जीवन', 'संख्या'],
  ar: ['الماء', 'ماء', 'الوقت', 'الحياة', 'العالم'],
};

/** Classroom filler: framing words of a spoken lesson that never name its subject. */
const FILLER: Record<string, string[]> = {
  en: [
    'hello', 'welcome', 'everyone', 'morning', 'afternoon', 'goodbye', 'glance',
    'today', 'lesson', 'lessons', 'slide', 'slides', 'let', "let's", 'lets', "we'll", "we're", "you'll", 'look', 'looking',
    'remember', 'example', 'examples', 'called', 'means', 'mean', 'talk', 'talking', 'learn', 'learned', 'going', 'okay',
    'ok', 'notice', 'note', 'think', 'imagine', 'question', 'questions', 'class', 'students', 'student', 'everybody',
    'kind', 'lot', 'lots', 'really', 'basically', 'simply', 'actually', 'thing', 'things', 'way', 'ways', 'call', 'see',
    'seen', 'saw', 'watch', 'watching', 'tell', 'probably', 'happens', 'happen', 'stuck', 'peeking', 'handy',
  ],
  es: [
    'hola', 'bienvenidos', 'bienvenidas', 'todos', 'uno', 'una', 'dos', 'tres', 'cuatro', 'fijaos', 'apuntad', 'vistazo',
    'hoy', 'leccion', 'clase', 'diapositiva', 'vamos', 'veremos', 'ejemplo', 'ejemplos', 'llamado', 'llamada', 'llamamos',
    'recuerden', 'recuerda', 'significa', 'aprender', 'aprendemos', 'veamos', 'pregunta', 'cosa', 'cosas', 'manera',
  ],
  fr: [
    'bonjour', 'bienvenue', 'tous', 'un', 'une', 'deux', 'trois', 'quatre',
    "aujourd'hui", 'aujourd', 'hui', 'lecon', 'cours', 'diapositive', 'allons', 'voyons', 'exemple', 'exemples', 'appelle',
    'appelons', 'rappelez', 'retenez', 'signifie', 'apprendre', 'apprenons', 'question', 'chose', 'choses', 'facon',
  ],
  hi: ['नमस्ते', 'स्वागत', 'सभी', 'एक', 'दो', 'तीन', 'चार', 'हम', 'हमें', 'हमारे', 'हमारी', 'मैं', 'तुम', 'आइए', 'बारे', 'रूप', 'सकते', 'आज', 'पाठ', 'स्लाइड', 'देखें', 'देखते', 'उदाहरण', 'याद', 'रखें', 'कहते', 'सीखेंगे', 'सीखें', 'चलिए', 'बात', 'तरह'],
  ar: ['صباح', 'الخير', 'مساء', 'جميعا', 'اهلا', 'بكم', 'احسنتم', 'اللقاء', 'واحد', 'واحده', 'اثنان', 'ثلاث', 'ثلاثه', 'اربع', 'اربعه', 'انظروا', 'ترون', 'اليوم', 'الدرس', 'درس', 'الشريحه', 'لنري', 'مثال', 'مثلا', 'سنتعلم', 'نتعلم', 'تذكروا', 'تذكر', 'يسمي', 'تسمي', 'نسميه'],
};

const cache = new Map<string, Set<string>>();

/** The folded stop-word set for a base language (English's when the language has no list). */
export function stopWords(lang: string): Set<string> {
  const key = lang || 'en';
  const hit = cache.get(key);
  if (hit) return hit;
  const all = loadPackageJson<Record<string, string[]>>('stopwords-iso/stopwords-iso.json') ?? {};
  const base = all[key] ?? all.en ?? [];
  const keep = new Set((KEEP[key] ?? []).map((w) => foldWord(w, key)));
  const set = new Set<string>();
  for (const w of base) {
    const f = foldWord(w, key);
    if (!keep.has(f)) set.add(f);
  }
  for (const w of FILLER[key] ?? []) set.add(foldWord(w, key));
  // English words turn up in every language's notes (titles, loanwords): never let them score.
  if (key !== 'en') for (const w of all.en ?? []) if (w.length <= 4) set.add(foldWord(w, 'en'));
  cache.set(key, set);
  return set;
}

export function isStopWord(folded: string, lang: string): boolean {
  return stopWords(lang).has(folded);
}
