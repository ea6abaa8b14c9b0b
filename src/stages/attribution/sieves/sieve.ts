import type { Reading, Referent } from '../../../core/layers.js';
// A sieve: one rule that finds who speaks a quote. Sieves run in order, most precise first; each sees only
// the quotes no earlier sieve answered, and answers with the phrase that names the speaker (a name, a
// pronoun or a description, resolved to an entity later by the coreference stage) and the cue.

export interface Found {
  /** The phrase that names the speaker, in tokens. */
  ref?: Referent;
  /** Or the index of an earlier quote whose speaker this one inherits (continuation). */
  inherit?: number;
  /** Token index of the cue (`said`, `:`, `according`), and one past its last token. */
  verb: number;
  cueEnd: number;
  /** The rule that decided, recorded in `speaker.via`: the sieve's name, or a kind of cue of its own (`dash-byline`). */
  via: string;
  /** The confidence of this answer when it differs from the sieve's (`— Ann Roe` after a quote, found by `cue-after`). */
  confidence?: number;
  /** The one spoken to, for `told`, `assured`, `warned`: `Su told Lorne`. */
  addressee?: { start: number; end: number };
}

export interface Sieve {
  /** A name of its own, unique in the list (`cue-after`, `colon-block`). */
  name: string;
  /**
   * How far its answers can be trusted when the phrase is a name: the share of right speakers it gave on
   * PolNeAR train, direct quotes (docs/accuracy.md). A pronoun or a description lowers it (attribution).
   */
  confidence: number;
  /** Its cue stands right beside the quote (`“…,” she said`, `Roe: “…”`): enough to keep a quote in a headline or a short title-cased one. */
  beside?: boolean;
  /** Asked again for a quote whose speaker phrase resolved to nobody (`he` with no one before it): continuation. */
  answersUnresolved?: boolean;
  /** The speaker of quote k, or null. `found` holds what earlier sieves found for every quote. */
  find(ctx: Reading, k: number, found: ReadonlyArray<Found | null>): Found | null;
}
