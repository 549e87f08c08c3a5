/**
 * Automatic numbering (a:buAutoNum): the text PowerPoint shows for number n in a scheme such as
 * arabicPeriod ("3."), alphaLcParenR ("c)"), romanUcParenBoth ("(III)") or circleNumDbPlain ("③").
 */
function alpha(n: number): string {
  // PowerPoint repeats the letter past z: aa, bb, … (not spreadsheet-style ab).
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
    [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
  ];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

function circled(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  return String(n);
}

export function autonumText(scheme: string, n: number): string {
  let core: string;
  if (scheme.startsWith('alphaLc')) core = alpha(n);
  else if (scheme.startsWith('alphaUc')) core = alpha(n).toUpperCase();
  else if (scheme.startsWith('romanLc')) core = roman(n);
  else if (scheme.startsWith('romanUc')) core = roman(n).toUpperCase();
  else if (scheme.startsWith('circleNum')) return circled(n);
  else core = String(n);
  if (scheme.endsWith('ParenBoth')) return `(${core})`;
  if (scheme.endsWith('ParenR')) return `${core})`;
  if (scheme.endsWith('Period')) return `${core}.`;
  if (scheme.endsWith('Minus')) return `- ${core} -`;
  if (scheme.endsWith('Colon')) return `${core}:`;
  return core; // …Plain
}
