// A sieve: one rule that finds who speaks a quote. Sieves run in order, most precise first; each sees only
// the quotes no earlier sieve answered, and answers with the phrase that names the speaker (a name, a
// pronoun or a description, resolved to an entity later by the coreference stage) and the cue.
import type { Reading, Referent } from '../reading.js';

export interface Found {
  /** The phrase that names the speaker, in tokens. */
  ref?: Referent;
  /** Or the index of an earlier quote whose speaker this one inherits (continuation). */
  inherit?: number;
  /** Token index of the cue (`said`, `:`, `according`), and one past its last token. */
  verb: number;
  cueEnd: number;
  /** The rule that decided, recorded in `speaker.via`. */
  via: string;
  /** The one spoken to, for `told`, `assured`, `warned`: `Xi told Blinken`. */
  addressee?: { start: number; end: number };
}

export interface Sieve {
  /** A name of its own, unique in the list (`cue-after`, `colon-block`). */
  name: string;
  /** What `speaker.via` records: the sieve's name, or the kind of cue it shares with another sieve. */
  via: string;
  /** How far its answers can be trusted: its precision on the PolNeAR dev set (README, "Confidence"). */
  confidence: number;
  /** The speaker of quote k, or null. `found` holds what earlier sieves found for every quote. */
  find(ctx: Reading, k: number, found: ReadonlyArray<Found | null>): Found | null;
}
