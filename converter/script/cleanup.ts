/**
 * Clean-up of speaker notes before they are split into sentences: the notes pane is typed in a hurry
 * and often pasted from elsewhere, so it carries bullets, list numbers, hard-wrapped lines, invisible
 * characters and slide-number leftovers that must neither be spoken nor shown in captions.
 */

/** Bullet characters a line may start with (typed or pasted). */
const BULLET = /^(?:[•◦▪▫●○■□►▶▸▹➢➤➔→✓✔✗✘☐☑❖♦◆◇*·‣⁃–—-]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s+/u;

/**
 * Whole lines that are slide-number artefacts: "12", "‹#›", "<#>", "Slide 12", "Slide 3 of 20",
 * "Diapositiva 3", "Diapo 3", "Folie 3", "12/30", "- 12 -", "Page 3", "p. 3".
 */
const SLIDE_NUMBER_LINE =
  /^(?:[-–—(\s]*\d{1,4}[\s)–—-]*|‹#›|<#>|\d{1,4}\s*\/\s*\d{1,4}|(?:slide|diapositiva|diapo|folie|lâmina|page|pág\.?|p\.)\s*\d{1,4}(?:\s*(?:of|de|sur|von|\/)\s*\d{1,4})?)$/iu;

/**
 * Lines that are markup left over from a conversion, not words to say: Markdown table rows and rules
 * ("| a | b |", "-----"), and a line holding only one bracketed tag ("[Tabla]", "[!div class=…]").
 * Seen in real notes of the shared deck corpus.
 */
const TABLE_ROW = /^\|.*\|$|(?:\|[^|]*){3,}/u;
const RULE_LINE = /^[-=_*#~+|:\s]{3,}$/u;
const TAG_LINE = /^\[[^\]]*\]$/u;

/** Invisible characters that only confuse engines (zero-width space, BOM, soft hyphen, word joiner). */
const INVISIBLE = /[\u200B\uFEFF\u00AD\u2060]/gu;
/** Space-like characters, including no-break spaces; ZWJ/ZWNJ (U+200C/D) are kept: Indic and Persian need them. */
const SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/gu;
/** Sentence-final punctuation in every script we support. */
export const FINAL_PUNCT = /[.!?…‽।॥؟۔。！？｡:;]["'”’»)\]」』）】]*$/u;

export interface CleanOptions {
  /** Join a line to the previous one when it looks hard-wrapped (default true). */
  joinWrapped?: boolean;
}

/** Clean text into paragraphs (bullet items are paragraphs of their own). */
export function cleanParagraphs(text: string, options: CleanOptions = {}): string[] {
  const joinWrapped = options.joinWrapped ?? true;
  const lines = text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/gu, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .split('\n');

  const paragraphs: string[] = [];
  let openParagraph = false; // whether the last paragraph may be continued by the next line
  for (const raw of lines) {
    let line = raw.replace(/ {2,}/g, ' ').trim();
    if (line === '') {
      openParagraph = false;
      continue;
    }
    if (SLIDE_NUMBER_LINE.test(line) || TABLE_ROW.test(line) || RULE_LINE.test(line) || TAG_LINE.test(line)) continue;
    const bullet = BULLET.exec(line);
    if (bullet) line = line.slice(bullet[0].length).trim();
    if (line === '') continue;
    const prev = paragraphs.length - 1;
    if (joinWrapped && openParagraph && !bullet && startsLowercase(line) && !FINAL_PUNCT.test(paragraphs[prev]!)) {
      paragraphs[prev] += ' ' + line;
    } else {
      paragraphs.push(line);
    }
    openParagraph = true;
  }
  return paragraphs;
}

function startsLowercase(line: string): boolean {
  return /^["'“‘«(]*\p{Ll}/u.test(line);
}
