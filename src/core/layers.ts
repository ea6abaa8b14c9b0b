// Every layer the built-in stages make, in one place: its type, the stage that provides it, and whether
// the article record carries it. A stage imports its layer's type from here; a user's stage declares its
// own layer the same way (see `Layers` in doc.ts).
import type { Range, Span } from './doc.js';

export interface Paragraph extends Range {
  /** A navigation or comment-form line ("See also …", "Related Posts", "Leave a comment"): never a quote. */
  boilerplate: boolean;
  /** A line that ends without sentence punctuation: a headline, a bullet, a caption. */
  heading: boolean;
}

export interface Token {
  start: number;
  end: number;
  /** Universal POS tag (PROPN, NOUN, VERB, PRON, PUNCT, SPACE, …): wink's, or the light tokenizer's guess. */
  pos: string;
  /** Lower-cased value with curly apostrophes folded (`’s` → `'s`), and letters outside Latin-1 to their base letter (`dvořák` → `dvorák`). */
  lower: string;
  /** Index of the sentence the token is in (sentences are refined by the sentences stage). */
  sentence: number;
}

export interface Sentence extends Range {
  paragraph: number;
  /** Index of the first token and one past the last in the tokens layer. */
  tokenStart: number;
  tokenEnd: number;
}

export type MarkFamily = 'double' | 'single';

export interface QuoteSpan extends Span {
  /** q1, q2, … in text order. */
  id: string;
  /** The opening mark. */
  open: Range;
  /** The closing mark; null when the paragraph ended with the quote still open. */
  close: Range | null;
  family: MarkFamily;
  paragraph: number;
  /** The paragraph ended open and the next one opens again: newspaper style, one speech. */
  continues: boolean;
  /** This quote is the next paragraph's part of a quote that `continues`. */
  continued: boolean;
}

export type EntityKind = 'person' | 'organisation' | 'anonymous' | 'place';

export interface Mention extends Span {
  entity: string;
  /** Tokens of the whole run, titles included, and where the name itself starts. */
  tokenStart: number;
  tokenEnd: number;
  nameStart: number;
}

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  /** The gender coreference works with: the best guess, a given name's included (`he` may mean her or not). */
  gender: 'm' | 'f' | null;
  /** The gender the output reports, and what says it; null where the evidence is thin or conflicting. */
  reportedGender?: ReportedGender | null;
  /** What the entities stage read of a person's gender, for attribution to weigh with the pronouns coreference resolves. */
  genderCues?: { name: 'm' | 'f' | null; pronouns: { m: number; f: number } };
  /** Lower-cased title and role words seen before the name: `secretary`, `president`, `foreign`. */
  titles: string[];
  mentions: Span[];
}

/** A person's gender as the text says it: by a title or role word, the pronouns that refer to them, or the given name. */
export interface ReportedGender {
  gender: 'female' | 'male';
  evidence: 'title' | 'pronoun' | 'name';
}

/** How the outputs write a person's gender: the two fields, null where the text does not say it. */
export interface GenderFields {
  gender?: ReportedGender['gender'] | null;
  genderEvidence?: ReportedGender['evidence'] | null;
}

export interface EntityLayer {
  entities: Entity[];
  /** Every mention in text order. */
  mentions: Mention[];
}

export interface CoreferenceMention extends Span {
  /** The entity referred to: one of the entities layer, or one of this layer's `entities`. */
  entity: string;
  kind: 'pronoun' | 'description';
  /** Token range of the phrase, and its last token (a description's head noun). */
  tokenStart: number;
  tokenEnd: number;
}

export interface CoreferenceLayer {
  /** Resolved pronouns and descriptions, in text order. */
  mentions: CoreferenceMention[];
  /** Entities that only descriptions name (`a senior official`, `the letter`), or a place that speaks. */
  entities: Entity[];
}

export interface Attribution {
  /** Id of the quote in the quotes layer. */
  quote: string;
  /** False for marks that are not a quote: scare quotes, terms, titles, headline fragments. */
  isQuote: boolean;
  /** Why a quote was dropped: `term`, `short-unattributed`, `heading`, `title`. */
  reason?: string;
  speaker: SpeakerRef | null;
  cue: Span | null;
  confidence: number;
}

/** Who said a quote: the entity, the phrase that names it there, and the rule that decided. */
export interface SpeakerRef {
  name: string;
  entity: string;
  mention: Span | null;
  /** The sieve that decided (`cue-after`, `colon`, `continuation`, …). */
  via: string;
  addressee?: Span;
}

/** Reported speech without marks (ANNOTATION.md §2): its content, speaker and cue. */
export interface IndirectQuote extends Span {
  speaker: SpeakerRef | null;
  cue: Span;
  confidence: number;
}

export interface AttributionLayer {
  attributions: Attribution[];
  /** Reported speech without marks (absent with the stage's `indirect: false`), in text order. */
  indirect?: IndirectQuote[];
  /** Entities that speak, with their mentions: their names, and the pronouns and descriptions that name them as speakers. */
  speakers: Entity[];
}

export interface ReadingInput {
  tokens: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  quotes: QuoteSpan[];
  entities: EntityLayer;
}

/** What a noun phrase refers to before resolution. */
export interface Referent {
  kind: 'name' | 'pronoun' | 'description';
  /** Token range of the phrase. */
  start: number;
  end: number;
  /** For names: the entity mention. */
  mention?: Mention;
  /** For descriptions: the head noun, lower case (`official`, `department`). */
  head?: string;
  definite?: boolean;
  /** For descriptions: where the phrase that names it ends, its modifier included (`an adviser to Hale`). */
  nameEnd?: number;
  /** For descriptions: a group or a share of one (`52 percent of voters`), a speaker of its own whatever its head resolves to. */
  group?: boolean;
  /** For names: the people a coordination names (`Roe and Vale said`), who speak together as one collective speaker. */
  members?: Referent[];
}

/** The tokens around a quote: its marks, and its sentence before and after it. */
export interface QuoteWindow {
  /** First token of the quote (its opening mark) and first token after its closing mark. */
  openTok: number;
  closeTok: number;
  /** Where its sentence starts before it, and ends after it (at the next quote at the latest). */
  preStart: number;
  postEnd: number;
  /** Where its sentence ends, past any later quotes of the same sentence. */
  sentenceEnd: number;
}

/**
 * The reading of an article that coreference and attribution share (stages/reading): which quote each
 * token is in, the sentence and paragraph of each token, the article's name mentions by token, and the
 * phrase readers. Every helper answers in token indices. A sieve of a user's own reads the article here.
 */
export interface Reading {
  text: string;
  toks: Token[];
  sentences: Sentence[];
  paragraphs: Paragraph[];
  quotes: QuoteSpan[];
  mentions: Mention[];
  entityById: Map<string, Entity>;
  /** The layers the reading was made from. */
  input: ReadingInput;
  /** Which quote each token lies in (marks included), -1 outside every quote. */
  inQuote: Int32Array;
  /** Name mentions by the token they end before, and by their first token. */
  mentionAt: Map<number, Mention>;
  mentionFrom: Map<number, Mention>;
  sentenceOfToken: Int32Array;
  /** The tokens around each quote, by quote index. */
  windows: QuoteWindow[];
  tokenText(i: number): string;
  paragraphOfToken(i: number): number;
  /** Does token i end a sentence (not an abbreviation's dot)? */
  isEnd(i: number): boolean;
  isSpeechVerb(i: number): boolean;
  isNpToken(i: number): boolean;
  isCloseMark(i: number): boolean;
  isParticipleClause(v: number): boolean;
  isOrgHead(head: string): boolean;
  /** What the phrase of tokens [a, b) refers to: a name, a pronoun, a description, or nothing. */
  referent(a: number, b: number): Referent | null;
  /** The noun phrase that ends right before token `end`, read leftwards no further than `floor`. */
  npLeft(end: number, floor: number): Referent | null;
  /** The noun phrase that starts at token `start`, read rightwards up to `ceil`. */
  npRight(start: number, ceil: number): Referent | null;
  modifierEnd(head: number, ceil: number): number;
  skipBracket(i: number, ceil: number): number;
  skipFillersLeft(i: number, floor: number): number;
  /** The subject of the speech verb at `v`. */
  subjectOf(v: number, floor: number): Referent | null;
  sentenceSubject(from: number, to: number): Referent | null;
  /** The person named last before token `tok`, outside quotes, at most `names` names back; of `gender` first if given. */
  lastPersonBefore(tok: number, names: number, gender?: 'm' | 'f'): Entity | null;
  addresseeAfter(v: number, ceil: number): Range | undefined;
  /** How many name mentions start before token `tok`. */
  mentionsBefore(tok: number): number;
  nameText(ref: Referent): string;
  /** For one word the entities stage did not read as a name: the one person the article names in full with that surname. */
  personBySurname(ref: Referent): Entity | null;
}

declare module './doc.js' {
  interface Layers {
    paragraphs: Paragraph[];
    quotes: QuoteSpan[];
    tokens: Token[];
    sentences: Sentence[];
    entities: EntityLayer;
    reading: Reading;
    coreference: CoreferenceLayer;
    attribution: AttributionLayer;
  }
}

/** Where a layer goes in the article record. */
export type LayerOutput =
  /** Read into the record's own fields (quotes, entities, names). */
  | 'record'
  /** Written whole under `extensions`, by layer name. */
  | 'extensions'
  /** Internal: read by later stages, never written. */
  | 'none';

export interface LayerInfo {
  /** The built-in stage that provides it. */
  stage: string;
  output: LayerOutput;
  description: string;
}

/** The built-in layers in pipeline order. A layer of a user's stage is not here: it goes to `extensions`. */
export const LAYERS = {
  paragraphs: { stage: 'paragraphs', output: 'none', description: 'lines, with boilerplate and headlines marked' },
  quotes: { stage: 'quotes', output: 'record', description: 'spans between quotation marks' },
  tokens: { stage: 'tokens', output: 'none', description: 'tokens with part-of-speech tags' },
  sentences: { stage: 'sentences', output: 'none', description: 'sentences, cut again at paragraph ends' },
  entities: { stage: 'entities', output: 'record', description: 'people and organisations with their mentions' },
  reading: { stage: 'reading', output: 'none', description: 'token indexes and phrase readers shared by coreference and attribution' },
  coreference: { stage: 'coreference', output: 'extensions', description: 'what each pronoun and description refers to' },
  attribution: { stage: 'attribution', output: 'record', description: 'who said each quote, with cue and confidence' },
} as const satisfies Record<string, LayerInfo>;

export type BuiltInLayer = keyof typeof LAYERS;

/** Where the record writes a layer: a user's layer goes to `extensions`. */
export function layerOutput(name: string): LayerOutput {
  return Object.hasOwn(LAYERS, name) ? LAYERS[name as BuiltInLayer].output : 'extensions';
}
