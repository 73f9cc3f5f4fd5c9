/**
 * Text in its plain form, for rules that look for something however it is disguised (a typed phone
 * number, an email address): Unicode compatibility forms folded (NFKC: fullwidth ０-９ and ＠ become 0-9
 * and @), decimal digits of every script as 0-9 (Arabic-Indic ٠٧٩٥٨, Devanagari ०७९…), invisible
 * characters dropped (zero-width spaces and joiners, bidirectional controls, soft hyphens, combining
 * marks), every dash as "-" and every space as " ". Each character of the result remembers the line of
 * the file it came from, so a rule can still say where it found what it found. Linear in the text.
 */

export interface MappedText {
  text: string;
  /** The file's line of each UTF-16 unit of `text`. */
  lines: number[];
}

const invisible = /[\p{Cf}\p{Mn}\p{Me}]/u;
const digitValues = new Map<number, string>();

/** The value of a decimal digit of any script: Unicode keeps each script's ten digits in a row. */
function digitValue(codePoint: number): string {
  let value = digitValues.get(codePoint);
  if (value === undefined) {
    let start = codePoint;
    while (codePoint - start < 64 && /\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
    value = String((codePoint - start) % 10);
    digitValues.set(codePoint, value);
  }
  return value;
}

export function plainForm(text: string, firstLine = 1): MappedText {
  let plain = '';
  const lines: number[] = [];
  let line = firstLine;
  for (const char of text) {
    let out: string;
    if (char === '\n') out = char;
    else if (invisible.test(char)) out = '';
    else if (/\p{Nd}/u.test(char)) out = digitValue(char.codePointAt(0)!);
    else if (/\p{Pd}/u.test(char)) out = '-';
    else if (/\p{Zs}/u.test(char)) out = ' ';
    else out = char.normalize('NFKC');
    plain += out;
    for (let i = 0; i < out.length; i++) lines.push(line);
    if (char === '\n') line++;
  }
  return { text: plain, lines };
}

/** `replace` that keeps each character's line: a replacement takes the line where its match starts. */
export function replaceMapped(mapped: MappedText, pattern: RegExp, replace: string | ((match: string) => string)): MappedText {
  let text = '';
  const lines: number[] = [];
  let from = 0;
  for (const match of mapped.text.matchAll(pattern)) {
    const replacement = typeof replace === 'string' ? replace : replace(match[0]);
    text += mapped.text.slice(from, match.index) + replacement;
    for (let i = from; i < match.index; i++) lines.push(mapped.lines[i]!);
    for (let i = 0; i < replacement.length; i++) lines.push(mapped.lines[match.index]!);
    from = match.index + match[0].length;
  }
  text += mapped.text.slice(from);
  for (let i = from; i < mapped.text.length; i++) lines.push(mapped.lines[i]!);
  return { text, lines };
}

/** Pieces of mapped text, one after another. */
export function joinMapped(pieces: readonly MappedText[]): MappedText {
  const lines: number[] = [];
  for (const piece of pieces) for (const line of piece.lines) lines.push(line);
  return { text: pieces.map((piece) => piece.text).join(''), lines };
}
