/**
 * Drift: a sentence of the handbook's own (a key point, a One Minute Guide sentence) that says more or
 * less than the source passage it comes from. The words can all be there while the meaning moves: "may"
 * becomes "must", "if you suspect" becomes "if", "alleged" goes, "as a general rule" becomes "everyone",
 * "research suggests" becomes a fact, an exception ("unless", "except") or a condition of eligibility
 * ("eligible, relevant or former relevant") disappears, "immediately" goes.
 *
 * `sourcePassage` finds the passage a sentence comes from among the source's sentences (by the share of
 * the sentence's meaningful words it contains; two neighbouring sentences may make one passage), and
 * `driftFlags` compares the two on those markers. Words are not meaning: a flag is a question for an
 * editor, answered by fixing the sentence or by an entry in the editorial log saying why it stands
 * (tests/content/drift.test.ts, which reads the seeds and the log).
 */
import { meaningfulWords } from './rules/keyPoints.ts';

export interface SourceSentence {
  text: string;
  /** The seed line it is on (1-based), or 0 for a sentence of a handbook page. */
  line: number;
  /** Where it is: a seed ("000") or a handbook page ("handbook/recording"). */
  from: string;
}

export interface Passage {
  text: string;
  /** A seed ("000") or a handbook page ("handbook/recording"). */
  from: string;
  /** The seed lines, for a passage of a seed. */
  lines: number[];
  /** The share of the sentence's meaningful words the passage contains, 0 to 1. */
  score: number;
  /** The source sentence straight after the passage, where a qualifier ("In cases where …") may be. */
  next?: string;
}

/** Lines split into sentences, each with its line (a line of a seed is a paragraph). */
export function sentencesOf(lines: readonly string[], from: string, firstLine = 1): SourceSentence[] {
  return lines.flatMap((line, index) => splitSentences(line).map((text) => ({ text, line: from.includes('/') ? 0 : firstLine + index, from })));
}

/** A paragraph as sentences: at ". ", "? ", "! " or "; " before a capital, or a bullet's label. */
export function splitSentences(paragraph: string): string[] {
  return paragraph
    .replace(/\[bookmark: [^\]]*\]/g, '')
    .replace(/^\s*(?:[·•u]\s+|\d+\.\s+)/, '')
    .split(/(?<=[.?!;])\s+(?=[A-Z“"‘'(])/)
    .map((s) => s.trim())
    .filter((s) => meaningfulWords(s).size >= 3);
}

/**
 * Words the handbook and its guides use for the same thing ("concise" and "short", "reimbursed" and
 * "paid back"), read as one when a sentence is matched to its passage. Only for finding the passage: the
 * comparison of strength and conditions reads the words as written.
 */
const sameThing: [RegExp, string][] = [
  [/\b(?:paid back|pay back|refunded|reimbursed|reimburse)\b/gi, 'reimbursed'],
  [/\b(?:travel|transport|transporting|journeys?)\b/gi, 'transport'],
  [/\b(?:concise|short and to the point|brief)\b/gi, 'short'],
  [/\b(?:write down|writes? down|document|documented|note down)\b/gi, 'record'],
  [/\b(?:go to|attend|attending)\b/gi, 'attend'],
  [/\b(?:tell|inform|let [a-z’']+ know|notify)\b/gi, 'inform'],
  [/\b(?:young people|young person|children|child)\b/gi, 'child'],
  [/\b(?:parents'|parents’|parent)\b/gi, 'parents'],
  [/\b(?:SSW|supervising social worker)\b/gi, 'supervising social worker'],
];

function matchWords(text: string): Set<string> {
  return new Set(meaningfulWords(sameThing.reduce((t, [pattern, word]) => t.replace(pattern, word), text)).keys());
}

/** The passage a sentence comes from: the source sentence (or two neighbours) with most of its words. */
export function sourcePassage(sentence: string, source: readonly SourceSentence[]): Passage | undefined {
  const words = [...matchWords(sentence)];
  if (words.length === 0 || source.length === 0) return undefined;
  const wordSets = source.map((s) => matchWords(s.text));
  const scoreOf = (set: ReadonlySet<string>) => words.filter((w) => set.has(w)).length / words.length;
  let best: { at: number; count: number; score: number } | undefined;
  source.forEach((s, i) => {
    const one = scoreOf(wordSets[i]);
    if (!best || one > best.score) best = { at: i, count: 1, score: one };
    const next = source[i + 1];
    if (next && next.from === s.from) {
      const both = scoreOf(new Set([...wordSets[i], ...wordSets[i + 1]]));
      // Two sentences only when each brings words of its own to the match.
      const alone = Math.max(one, scoreOf(wordSets[i + 1]));
      if (both >= alone + 0.15 && both > best.score) best = { at: i, count: 2, score: both };
    }
  });
  const { at, count, score } = best!;
  const parts = source.slice(at, at + count);
  const after = source[at + count];
  return {
    text: parts.map((p) => p.text).join(' '),
    from: parts[0].from,
    lines: [...new Set(parts.map((p) => p.line))].filter(Boolean),
    score,
    ...(after && after.from === parts[0].from ? { next: after.text } : {}),
  };
}

export type Strength = 'must' | 'should' | 'may' | 'none';

const mustWords = /\b(?:must|have to|has to|(?<!\bif )(?:you|carers|we|they) (?:will )?need to|required to|are required|is required|essential|vital|crucial|never|always)\b/i;
const shouldWords = /\b(?:should|ought to|expected to|are expected|is expected|advised to|are advised|is advised|recommended|encouraged)\b/i;
/** A permission or a possibility; "may include" (a list of examples) is not. */
const mayWords = /\b(?:may|might)\b(?!\s+(?:include|includes|be\s+included))/i;
/** What keeps a "may": the sentence still says it is a permission or a possibility. */
const mayKept = /\b(?:may|might|can|could|able|possible|possibly|sometimes|option|choose|if appropriate|where appropriate|consider)\b/i;

const dutyWord = /\b(must|should|may|might|required|expected|essential|vital|crucial|never|always|encouraged|recommended)\s+(\S+)/gi;

/**
 * The duty and permission words of some text, without the ones that say nothing about a change: "do not
 * need to" (no duty), "may be" and "may have" (what could happen or has happened), a duty word in a phrase both texts share ("a child
 * may run away", "expected or required to be"), and a "may" or "might" whose verb the other text does
 * not restate ("any risks they may present").
 */
function dutyWords(text: string, other: string): string {
  const otherWords = new Set(meaningfulWords(other).keys());
  const plain = (word: string) => word.toLowerCase().replace(/[^a-z’']/g, '');
  const otherPairs = new Set([...other.matchAll(dutyWord)].map((m) => `${plain(m[1])} ${plain(m[2])}`));
  return text
    .replace(/\b(?:do not|don't|does not|doesn't|not) (?:need|have) to\b/gi, ' ')
    .replace(/\b(?:may|might) (?:not )?(?:be|have)\b/gi, ' ')
    .replace(dutyWord, (whole, word: string, next: string) => (otherPairs.has(`${plain(word)} ${plain(next)}`) ? ` ${next}` : whole))
    .replace(/\b(may|might)\s+((?:not\s+)?\S+)(\s+\S+)?/gi, (whole, _modal: string, verb: string, after = '') => {
      const restated = [...meaningfulWords(`${verb}${after}`).keys()].filter((w) => w !== 'not');
      return restated.some((w) => otherWords.has(w)) ? whole : ' ';
    });
}

/** How strongly some text tells someone to do something: the strongest duty or permission word in it. */
export function strengthOf(text: string): Strength {
  if (mustWords.test(text)) return 'must';
  if (shouldWords.test(text)) return 'should';
  if (mayWords.test(text)) return 'may';
  return 'none';
}

/** A command: the sentence starts with a verb, as guides' steps do ("Tell your…", "Do not…"). */
export function isCommand(text: string): boolean {
  const first = text
    .replace(/[*_]/g, '')
    .replace(/^[\s"“(]+/, '')
    .replace(/^[^:]{1,60}:\s+/, (label) => (label.split(/\s+/).length <= 8 ? '' : label))
    .split(/\s+/)[0]
    ?.toLowerCase()
    .replace(/[^a-z']/g, '');
  return !!first && commandVerbs.has(first);
}

const commandVerbs = new Set(
  `do don't never always make keep tell report record write ask give get go check read attend follow use let help talk discuss
  inform contact call ring share take bring plan agree encourage support expect find look save send sign return provide apply
  seek speak welcome remember include obtain be listen stay arrange avoid allow put treat respond consider raise request name
  carry store prepare explain show work pass ensure note notify watch think allocate complete consult`.split(/\s+/),
);

export interface Marker {
  /** The id used in the editorial log's `drift` list. */
  id: string;
  /**
   * Where in the passage it counts: in the whole sentence the restated words are in (a condition on the
   * subject, "children who are eligible … must"), or only in the restated part (an "unless" in another
   * clause is about something else).
   */
  scope: 'sentence' | 'part';
  /** In the source passage. */
  inSource: RegExp;
  /** What in the sentence keeps it (the same words, or words meaning the same). */
  kept: RegExp;
}

/**
 * Conditions and qualifiers a sentence must keep from its passage. Each is the id an editor writes in
 * the log's `drift` list when the change is deliberate.
 */
export const markers: Marker[] = [
  { id: 'if you suspect', scope: 'sentence', inSource: /\b(?:if|where|when) (?:you|foster carers?|carers?|they) (?:suspect|think|believe|are concerned|have concerns?)\b/i, kept: /\b(?:suspect|think|believe|concern|worried|worry)/i },
  { id: 'alleged', scope: 'part', inSource: /\balleged\b/i, kept: /\balleged\b/i },
  { id: 'as a general rule', scope: 'sentence', inSource: /\b(?:as a general rule|in general|as a rule)\b/i, kept: /\b(?:general|generally|rule|usually|normally|exceptions?|except)\b/i },
  { id: 'research suggests', scope: 'sentence', inSource: /\b(?:research|evidence|studies)\s+(?:suggests?|shows?|indicates?|has shown|have shown)\b/i, kept: /\b(?:research|evidence|studies)\b/i },
  { id: 'unless', scope: 'part', inSource: /\bunless\b/i, kept: /\b(?:unless|except|only if|but if|if not)\b/i },
  { id: 'except', scope: 'part', inSource: /\b(?:except|exception|exceptions|apart from|other than)\b/i, kept: /\b(?:except|exception|exceptions|unless|apart from|other than|only)\b/i },
  { id: 'eligibility', scope: 'sentence', inSource: /\b(?:eligible|eligibility|former relevant|relevant child|entitled)\b/i, kept: /\b(?:eligible|eligibility|relevant|entitled|qualify|qualifies|qualifying)\b/i },
  { id: 'immediately', scope: 'sentence', inSource: /\b(?:immediate|immediately|without delay|straight away|as soon as possible|promptly|urgent|urgently)\b/i, kept: /\b(?:immediate|immediately|without delay|no delay|straight away|as soon as|promptly|urgent|urgently|at once|right away|quickly)\b/i },
];

export interface Flag {
  /** A marker id, or "must", "should", "may" for a change of strength (named by the source's strength). */
  id: string;
  /** What changed, in words. */
  what: string;
}

const rank: Record<Strength, number> = { none: 0, may: 1, should: 2, must: 3 };

/**
 * The part of a passage a sentence restates: in each of the passage's sentences that restates some of it,
 * from a few words before the first of the sentence's words (where "should" or "alleged" stands) to the
 * last of them, and an "unless" or "except" straight after, so a "may" or an "unless" in another clause
 * of a long source sentence is not taken for the sentence's own.
 */
export function restatedPart(sentence: string, passage: string): string {
  const wanted = new Set(meaningfulWords(sentence).keys());
  const hitsIn = (text: string) => {
    const tokens = text.split(/\s+/);
    return { tokens, hits: tokens.flatMap((token, index) => ([...meaningfulWords(token).keys()].some((w) => wanted.has(w)) ? [index] : [])) };
  };
  // Of a passage of two sentences, each that restates something (two of the sentence's words or more).
  const parts = splitSentences(passage)
    .map(hitsIn)
    .filter(({ hits }) => hits.length >= 2)
    .map(({ tokens, hits }) => {
      // A word of the sentence repeated far on ("… transport children to school") is not what it restates.
      const kept = [...hits];
      while (kept.length > 2 && kept.at(-1)! - kept.at(-2)! > 6) kept.pop();
      let end = kept.at(-1)! + 1;
      // "Do A, unless B": the exception straight after the restated words belongs to them.
      if (tokens.slice(end, end + 2).some((t) => /^(?:unless|except)\b/i.test(t))) end = tokens.length;
      return tokens.slice(Math.max(0, kept[0] - 5), end).join(' ');
    });
  return parts.length > 0 ? parts.join(' ') : passage;
}

/** Whether the words of the condition after a marker ("unless there is an immediate serious risk") are in the sentence. */
function conditionKept(found: RegExpExecArray, text: string, sentence: string): boolean {
  const condition = text.slice(found.index + found[0].length).split(/[,;.]/)[0];
  const wanted = [...meaningfulWords(condition).keys()];
  const have = new Set(meaningfulWords(sentence).keys());
  return wanted.length > 0 && wanted.filter((w) => have.has(w)).length / wanted.length >= 0.5;
}

/** Whether two texts share at least two meaningful words. */
function sharesWords(a: string, b: string): boolean {
  const wanted = new Set(meaningfulWords(a).keys());
  return [...meaningfulWords(b).keys()].filter((w) => wanted.has(w)).length >= 2;
}

/** A source sentence that qualifies the one before it: an exception or a case where it is different. */
const qualifierStart = /^(?:in cases where|in some cases|in the case of|however|but|except|unless|this does not apply|where the|if the placement)\b/i;

/**
 * How a sentence differs from its passage in strength and conditions. `next` is the source sentence
 * after the passage and `around` the sentence's own paragraph or list item (for a key point, the point
 * and the one after it): a condition is kept if it is there, and an exception the source gives straight
 * after ("In cases where the placement is considered permanent, visits can occur …") if it restates most
 * of it. The strength is the sentence's own.
 */
export function driftFlags(sentence: string, passage: string, { next, around = sentence }: { next?: string; around?: string } = {}): Flag[] {
  const part = restatedPart(sentence, passage);
  const flags: Flag[] = [];
  const source = strengthOf(dutyWords(part, sentence));
  const command = isCommand(sentence);
  const said = strengthOf(dutyWords(sentence, part));
  if (source === 'may' && !mayKept.test(sentence)) {
    flags.push({ id: 'may', what: `the source says "${mayWords.exec(dutyWords(part, sentence))![0]}", the sentence ${command ? 'makes it a command' : said === 'none' ? 'states it as a fact' : `says "${said}"`}` });
  } else if ((source === 'should' || source === 'must') && said !== 'none' && said !== source) {
    // A command reads as the source's duty; a duty made stronger ("should" to "must") or weaker is a change.
    const weaker = rank[said] < rank[source] || (said === 'may' && !command);
    if (weaker || rank[said] > rank[source]) flags.push({ id: source, what: `the source says "${source}", the sentence says "${said}"` });
  }
  const sentences = splitSentences(passage).filter((one) => sharesWords(sentence, one));
  const whole = sentences.join(' ') || passage;
  for (const marker of markers) {
    const found = marker.inSource.exec(marker.scope === 'part' ? part : whole);
    if (!found || marker.kept.test(around)) continue;
    // "Do A unless X, in which case B" is kept by "If X, B": the condition is there, as an "if".
    if (marker.id === 'unless' && /\bif\b/i.test(around) && conditionKept(found, marker.scope === 'part' ? part : whole, around)) continue;
    flags.push({ id: marker.id, what: `the source says "${found[0]}", the sentence does not` });
  }
  if (next && qualifierStart.test(next) && sharesWords(sentence, next)) {
    const wanted = [...meaningfulWords(next).keys()];
    const have = new Set(meaningfulWords(around).keys());
    if (wanted.filter((w) => have.has(w)).length / wanted.length < 0.4) {
      flags.push({ id: 'exception', what: `the source goes on "${next.slice(0, 80)}…", which the sentence leaves out` });
    }
  }
  return flags;
}
