// An example stage to copy: marks quotes that come from social-media posts.
//
//   “We will not back down,” the senator wrote on X.          → platform X, evidence `on X`
//   In a post on Facebook, the mayor said: “The road is open.” → platform Facebook
//   “Big news tonight,” he tweeted.                            → platform X, evidence `tweeted`
//
// One file: the layer's type (declared into the Layers registry), a factory with options, and `run`,
// which reads earlier layers and returns plain JSON located by offsets. Its layer reaches each article
// record under `extensions.social`. Add it with one line: `createPipeline({ add: [socialMedia()] })`.
import { defineStage, layer, type Span, span } from '../src/index.js';

export interface SocialQuote {
  /** Id of the quote in the quotes layer. */
  quote: string;
  platform: string;
  /** The words that say so: the platform's name, or a verb such as `tweeted`. */
  evidence: Span;
}

declare module '../src/core/doc.js' {
  interface Layers {
    social: SocialQuote[];
  }
}

/** Platform names and the words that point to them; a user adds more through the options. */
const PLATFORMS: Record<string, string> = {
  x: 'X',
  twitter: 'X',
  tweet: 'X',
  tweeted: 'X',
  tweets: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  telegram: 'Telegram',
  linkedin: 'LinkedIn',
  threads: 'Threads',
  bluesky: 'Bluesky',
  weibo: 'Weibo',
  youtube: 'YouTube',
  'truth social': 'Truth Social',
  'social media': 'social media',
};

export interface SocialMediaOptions {
  /** Extra `word → platform` pairs, lower case: `{ mastodon: 'Mastodon' }`. */
  platforms?: Record<string, string>;
}

export const socialMedia = (options: SocialMediaOptions = {}) => {
  const platforms = { ...PLATFORMS, ...options.platforms };
  // `on X` needs the preposition (a bare `X` is a letter, a name or a Roman numeral); the other names and
  // the verbs stand alone: `in a Facebook post`, `he tweeted`.
  const words = Object.keys(platforms)
    .filter((w) => w !== 'x')
    .sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`\\b(?:on (X)\\b|(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b)`, 'gi');
  return defineStage({
    name: 'social',
    requires: ['sentences', 'quotes', 'attribution'],
    provides: 'social',
    run(doc) {
      const sentences = layer(doc, 'sentences');
      const quotes = new Map(layer(doc, 'quotes').map((q) => [q.id, q]));
      const out: SocialQuote[] = [];
      for (const a of layer(doc, 'attribution').attributions) {
        const q = quotes.get(a.quote);
        if (!a.isQuote || !q) continue;
        // Look in the sentences the quote and its cue touch: the post is named beside the words.
        const from = Math.min(q.start, a.cue?.start ?? q.start);
        const to = Math.max(q.end, a.cue?.end ?? q.end);
        const around = sentences.filter((s) => s.end > from - 1 && s.start < to + 1);
        if (!around.length) continue;
        const start = around[0].start;
        const end = around[around.length - 1].end;
        const window = doc.text.slice(start, end);
        pattern.lastIndex = 0;
        for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
          const word = m[1] ?? m[2];
          // Skip words inside the quote itself: “I saw it on TikTok,” she said is not a post.
          const at = start + m.index + m[0].length - word.length;
          if (at >= q.start && at < q.end) continue;
          out.push({ quote: a.quote, platform: platforms[word.toLowerCase()], evidence: span(doc.text, at, at + word.length) });
          break;
        }
      }
      return out;
    },
  });
};
