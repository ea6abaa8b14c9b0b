// Word lists the rules read. Each is general English news usage, never a name from one corpus.
import { BoundedCache } from '../util/bounded-cache.js';
import { LEXICON_GROUPS } from './lexicon-data.js';

/** Verbs of two syllables stressed on the last, whose final consonant doubles: `rebut` → rebutted. */
const DOUBLING = new Set(['admit', 'rebut', 'refer', 'regret', 'commit', 'omit', 'permit', 'submit', 'confer', 'prefer', 'defer', 'compel', 'repel', 'propel', 'control', 'patrol', 'equip', 'allot', 'acquit', 'upset']);

/** Builds the inflected forms of regular speech verbs: `stress` → stress, stresses, stressed, stressing. */
function inflect(base: string): string[] {
  const forms = new Set([base]);
  if (base.endsWith('e')) {
    forms.add(base + 's').add(base + 'd').add(base.slice(0, -1) + 'ing');
  } else if (/[^aeiou]y$/.test(base)) {
    forms.add(base.slice(0, -1) + 'ies').add(base.slice(0, -1) + 'ied').add(base + 'ing');
  } else if (/(?:s|sh|ch|x|z)$/.test(base)) {
    forms.add(base + 'es').add(base + 'ed').add(base + 'ing');
  } else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base) || DOUBLING.has(base)) {
    // `slam` → slammed, `quip` → quipped, `rebut` → rebutted: a short vowel's consonant doubles.
    const last = base[base.length - 1];
    forms.add(base + 's').add(base + last + 'ed').add(base + last + 'ing');
  } else {
    forms.add(base + 's').add(base + 'ed').add(base + 'ing');
  }
  return [...forms];
}

const REGULAR_SPEECH = [
  'add', 'state', 'stress', 'urge', 'warn', 'insist', 'quip', 'tweet', 'post', 'describe', 'call', 'explain', 'note',
  'respond', 'reply', 'answer', 'argue', 'claim', 'declare', 'announce', 'assert', 'comment', 'remark', 'observe',
  'acknowledge', 'admit', 'concede', 'confirm', 'deny', 'emphasise', 'emphasize', 'reiterate', 'underline',
  'underscore', 'recall', 'suggest', 'predict', 'promise', 'vow', 'pledge', 'ask', 'wonder', 'question', 'demand',
  'complain', 'lament', 'conclude', 'continue', 'joke', 'boast', 'counter', 'retort', 'shout', 'yell', 'whisper',
  'mutter', 'exclaim', 'cry', 'sigh', 'recount', 'report', 'reveal', 'disclose', 'maintain', 'contend', 'caution',
  'hail', 'welcome', 'praise', 'criticise', 'criticize', 'accuse', 'charge', 'allege', 'agree', 'announce', 'assure',
  'blast', 'plead', 'pray', 'protest', 'reassure', 'recommend', 'remind', 'repeat', 'testify', 'thunder', 'urge',
  'voice', 'elaborate', 'estimate', 'scoff', 'gush', 'chime', 'muse', 'concur', 'object', 'propose', 'reason',
  'clarify', 'conclude', 'confide', 'disclose', 'interject', 'interrupt', 'mention', 'proclaim', 'quote', 'rejoin',
  'snap', 'stammer', 'stutter', 'summarise', 'summarize', 'blame', 'label', 'term', 'dub', 'brand',
  'characterise', 'characterize', 'express', 'signal', 'highlight', 'point', 'admit', 'lash', 'fire', 'hit', 'slam',
  'remember', 'retaliate', 'surmise', 'riff', 'rail', 'tout', 'mock', 'fume', 'vent', 'marvel', 'chide', 'scold',
  'rebut', 'speculate', 'bemoan', 'decry', 'denounce', 'implore', 'beg', 'pitch', 'preach', 'tease', 'taunt', 'gripe',
  'grumble', 'groan', 'laugh', 'insist', 'quote', 'cite', 'recite', 'opine', 'posit', 'reply', 'respond', 'reflect',
  'confess', 'affirm', 'reaffirm', 'attest', 'assert', 'bellow', 'scream', 'holler', 'murmur', 'chuckle', 'sneer',
  'crow', 'brag', 'thank', 'apologise', 'apologize', 'advise', 'instruct', 'inform', 'exhort', 'prod', 'press', 'probe',
  'challenge', 'dismiss', 'deride', 'ridicule', 'lambast', 'lambaste', 'condemn', 'applaud', 'congratulate', 'echo',
  'relate', 'narrate', 'describe', 'detail', 'outline', 'forecast', 'warn', 'threaten', 'hint', 'imply', 'retort',
  'add', 'declare', 'text', 'email', 'e-mail', 'message', 'blog', 'editorialise', 'editorialize', 'announce',
  'bark', 'growl', 'scoff', 'huff', 'sniff', 'purr', 'coo', 'hiss', 'snarl', 'gasp', 'plead', 'beam', 'enthuse',
  'exult', 'rave', 'rant', 'grouse', 'carp', 'quibble', 'demur', 'aver', 'avow', 'acknowledge', 'conclude',
  // Verbs that put someone's words in marks when they judge or name: `Trump attacked “the hateful
  // ideology …”`, `likened the rules to “burning the Constitution”`, `dismissed the reports as “…”`.
  'attack', 'liken', 'compare', 'reject', 'defend', 'float', 'concede', 'chastise', 'castigate', 'excoriate', 'react',
];
const IRREGULAR_SPEECH = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'write', 'writes', 'wrote', 'written', 'writing',
  'speak', 'speaks', 'spoke', 'speaking', 'tweeted', 'quipped', 'snapped', 'chimed', 'hit', 'hits', 'put', 'puts',
  'go', 'went', 'goes', 'reply', 'replies', 'replied', 'admitted', 'admitting', 'shot', 'shoots', 'shoot', 'pushed',
  'read', 'reads', 'sang', 'sings', 'sing', 'swore', 'swears', 'wrote',
];
/**
 * Base and -s forms that are far more often nouns in news copy (`the post`, `a note`, `his remarks`):
 * speech verbs only where wink tags them VERB (`he notes` but `the notes`).
 */
export const NOUNISH_SPEECH = new Set<string>([
  'post', 'posts', 'point', 'points', 'charge', 'charges', 'term', 'terms', 'voice', 'voices', 'report', 'reports',
  'question', 'questions', 'state', 'states', 'call', 'calls', 'answer', 'answers', 'comment', 'comments', 'remark',
  'remarks', 'quote', 'quotes', 'signal', 'signals', 'express', 'label', 'labels', 'brand', 'brands', 'object', 'objects',
  'reason', 'reasons', 'counter', 'welcome', 'cry', 'cries', 'blast', 'slam', 'note', 'notes', 'claim', 'claims',
  'demand', 'demands', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'estimate', 'estimates', 'protest',
  'protests', 'plea', 'sigh', 'boast', 'joke', 'jokes', 'repeat', 'tweet', 'tweets', 'mention', 'reply', 'replies',
  'fire', 'fires', 'hit', 'hits', 'put', 'puts', 'go', 'goes', 'went', 'dub', 'highlight', 'highlights', 'quip',
  'question', 'head', 'charge', 'address', 'lash', 'chime', 'testify', 'summary',
  // `the shot`, `a read`, `his laugh`, `a press`: speech only as a tagged verb (`“…,” he shot back`).
  'shot', 'shoots', 'shoot', 'pushed', 'read', 'reads', 'sing', 'sings', 'laugh', 'laughs', 'text', 'texts', 'email',
  'emails', 'message', 'messages', 'blog', 'blogs', 'press', 'presses', 'echo', 'echoes', 'detail', 'details', 'pitch',
  'pitches', 'rail', 'rails', 'crow', 'probe', 'probes', 'cite', 'forecast', 'forecasts', 'vent', 'thank', 'challenge',
  'challenges', 'outline', 'outlines', 'prod', 'beg', 'relate', 'reflect', 'reflects', 'dismiss', 'advise', 'inform',
  'remember', 'scream', 'screams', 'gripe', 'gripes', 'groan', 'groans', 'sneer', 'murmur',
  'attack', 'attacks', 'compare', 'compares', 'defend', 'float', 'floats', 'reject', 'rejects',
]);
/** Forms of a speech verb: `said`, `stressed`, `tweeted`, `describing`, `told` … (over 100 bases). */
export const SPEECH_VERBS = new Set<string>([...REGULAR_SPEECH.flatMap(inflect), ...IRREGULAR_SPEECH].filter((w) => !NOUNISH_SPEECH.has(w)));

/** Verbs that need a particle or a frame to be speech: `pointed out`, `went on`, `hit back`, `put it`. */
export const PARTICLE_VERBS: Record<string, string[]> = {
  point: ['out'], points: ['out'], pointed: ['out'], pointing: ['out'],
  go: ['on'], goes: ['on'], went: ['on'], going: ['on'],
  hit: ['back', 'out'], hits: ['back', 'out'], hitting: ['back', 'out'],
  fire: ['back'], fires: ['back'], fired: ['back'], firing: ['back'],
  lash: ['out'], lashes: ['out'], lashed: ['out'], lashing: ['out'],
  chime: ['in'], chimes: ['in'], chimed: ['in'], chiming: ['in'],
  put: ['it'], puts: ['it'],
  shot: ['back'], shoots: ['back'], shoot: ['back'], shooting: ['back'],
  pushed: ['back'], pushes: ['back'], pushing: ['back'],
  weighed: ['in'], weighs: ['in'], weighing: ['in'],
  spoke: ['out', 'up'], speaks: ['out', 'up'],
  laid: ['out'], lays: ['out'],
};

/** Speech verbs whose object is the quote's addressee: `Xi told Blinken`, `she assured reporters`. */
export const ADDRESSEE_VERBS = new Set(['told', 'tell', 'tells', 'telling', 'assured', 'assures', 'reassured', 'warned', 'warns', 'urged', 'urges', 'reminded', 'asked', 'asks']);

/** Adverbs and auxiliaries that may stand between a speaker and the verb: `Blinken also said`, `Qin was reported as saying`. */
export const VERB_FILLERS = new Set([
  'also', 'later', 'then', 'further', 'again', 'previously', 'earlier', 'once', 'reportedly', 'repeatedly', 'recently',
  'afterwards', 'subsequently', 'simply', 'only', 'just', 'has', 'had', 'have', 'was', 'were', 'is', 'are', 'been',
  'would', 'will', 'could', 'can', 'may', 'might', 'did', 'does', 'do', 'not', 'never', 'quickly', 'firmly', 'flatly',
  'publicly', 'privately', 'bluntly', 'frankly', 'openly', 'angrily', 'calmly', 'quietly', 'loudly', 'proudly',
  'sharply', 'strongly', 'directly', 'explicitly', 'clearly', 'cautiously', 'confidently', 'candidly',
  'separately', 'herself', 'himself', 'themselves', 'itself', 'still', 'even', 'however', 'too', 'first', 'finally',
  'initially', 'allegedly', 'apparently', 'personally', 'officially', 'formally',
  // Contracted auxiliaries: `He's claiming that …`, `they've said`.
  "'s", "'re", "'ve", "'d", "'ll", 'am', 'often', 'always', 'usually', 'sometimes', 'frequently', 'routinely', 'cynically', 'forcefully', 'essentially', 'basically', 'effectively',
]);

export const PRONOUNS: Record<string, { gender: 'm' | 'f' | 'n' | 'x'; number: 'sg' | 'pl' }> = {
  he: { gender: 'm', number: 'sg' }, she: { gender: 'f', number: 'sg' }, it: { gender: 'n', number: 'sg' },
  they: { gender: 'x', number: 'pl' }, we: { gender: 'x', number: 'pl' }, i: { gender: 'x', number: 'sg' },
  him: { gender: 'm', number: 'sg' }, her: { gender: 'f', number: 'sg' }, them: { gender: 'x', number: 'pl' },
};

/**
 * Words that stand before a name as a title or role and are not part of the name:
 * `US Secretary of State Antony Blinken`, `Foreign Minister Qin Gang`, `Dr Smith`, `Commissioner Starks`.
 */
export const TITLES = new Set([
  'staff', 'fr', 'fr.', 'msgr', 'msgr.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'mx', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame', 'lord', 'lady',
  'rev', 'rev.', 'reverend', 'father', 'sister', 'brother', 'rabbi', 'imam', 'pope', 'cardinal', 'bishop', 'archbishop',
  'president', 'vice', 'prime', 'minister', 'secretary', 'undersecretary', 'under', 'deputy', 'assistant', 'chief', 'senior',
  'foreign', 'defence', 'defense', 'home', 'interior', 'finance', 'treasury', 'commerce', 'trade', 'health', 'education',
  'justice', 'attorney', 'general', 'solicitor', 'state', 'councilor', 'councillor', 'council', 'member', 'chancellor', 'premier',
  'governor', 'gov', 'gov.', 'senator', 'sen', 'sen.', 'representative', 'rep', 'rep.', 'congressman', 'congresswoman',
  'mayor', 'councilman', 'councilwoman', 'ambassador', 'envoy', 'consul', 'commissioner', 'director', 'spokesman',
  'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'coo', 'founder', 'executive', 'officer',
  'judge', 'justice', 'magistrate', 'prosecutor', 'detective', 'inspector', 'sergeant', 'sgt', 'sgt.', 'const', 'const.', 'cst', 'cst.', 'cpl', 'cpl.', 'insp', 'insp.', 'supt', 'supt.', 'det', 'det.', 'constable',
  'superintendent', 'chief', 'captain', 'capt', 'capt.', 'lieutenant', 'lt', 'lt.', 'colonel', 'col', 'col.', 'major',
  'maj', 'maj.', 'gen', 'gen.', 'admiral', 'adm', 'adm.', 'commander', 'cmdr', 'private', 'corporal', 'officer', 'coach',
  'manager', 'king', 'queen', 'prince', 'princess', 'duke', 'duchess', 'emperor', 'sheikh', 'speaker', 'leader',
  'opposition', 'party', 'head', 'former', 'acting', 'interim', 'incoming', 'outgoing', 'then', 'first', 'state',
  'special', 'economist', 'analyst', 'professor', 'doctor', 'nurse', 'lawyer', 'attorney', 'counsel', 'actor', 'actress',
  'singer', 'star', 'striker', 'midfielder', 'defender', 'goalkeeper', 'quarterback', 'qb', 'pitcher', 'forward',
  'guard', 'author', 'editor', 'correspondent', 'reporter', 'columnist', 'anchor', 'host', 'presenter', 'fellow',
  'researcher', 'scientist', 'historian', 'mp', 'mep', 'mla', 'senior', 'junior', 'principal', 'dean', 'provost',
  'rector', 'vice-president', 'vice-chairman', 'co-founder', 'sen', 'gov',
]);

/**
 * Head words that make a proper-noun run an organisation: `State Department`, `Foreign Ministry`,
 * `Global Times`, `NBC News`, `Fudan University`, `Reuters` (see also compromise's Organization tag).
 */
export const ORG_HEADS = new Set([
  'department', 'ministry', 'office', 'agency', 'council', 'commission', 'committee', 'parliament', 'congress', 'senate',
  'house', 'government', 'administration', 'court', 'police', 'army', 'navy', 'force', 'forces', 'military', 'party',
  'university', 'college', 'school', 'institute', 'institution', 'center', 'centre', 'foundation', 'association', 'union',
  'federation', 'league', 'club', 'team', 'bank', 'fund', 'group', 'company', 'corporation', 'corp', 'corp.', 'inc', 'inc.',
  'ltd', 'ltd.', 'plc', 'llc', 'co', 'co.', 'news', 'times', 'post', 'journal', 'herald', 'tribune', 'telegraph', 'guardian',
  'gazette', 'daily', 'press', 'radio', 'television', 'tv', 'network', 'broadcasting', 'media', 'magazine', 'review',
  'organization', 'organisation', 'authority', 'board', 'bureau', 'service', 'services', 'embassy', 'consulate', 'mission',
  'cabinet', 'assembly', 'tribunal', 'unit', 'alliance', 'coalition', 'movement', 'front', 'campaign', 'network', 'hospital',
  'clinic', 'trust', 'society', 'church', 'council', 'secretariat', 'kremlin', 'pentagon', 'whitehall', 'firm',
  'inc', 'airlines', 'airways', 'motors', 'systems', 'technologies', 'labs', 'partners', 'capital', 'holdings', 'fc',
  'municipality', 'tank', 'statement', 'readout', 'convention', 'international', 'watch', 'live', 'online', 'wire', 'today',
]);

/** Nouns that head a description of a person or group: `the official`, `a senior diplomat`, `analysts`. */
export const PERSON_NOUNS = new Set([
  // (`Another commenter said, “…”`, `one reader wrote`: people who write where a story is read)
  'commenter', 'commenters', 'reader', 'readers', 'user', 'users', 'blogger', 'bloggers', 'caller', 'callers',
  'viewer', 'viewers', 'listener', 'listeners', 'attendee', 'attendees', 'demonstrator', 'demonstrators', 'activist',
  'activists', 'organizer', 'organizers', 'organiser', 'organisers', 'customer', 'customers', 'shopper', 'shoppers',
  'official', 'officials', 'spokesman', 'spokeswoman', 'spokesperson', 'source', 'sources', 'diplomat', 'diplomats',
  'analyst', 'analysts', 'expert', 'experts', 'minister', 'secretary', 'president', 'leader', 'leaders', 'man', 'woman',
  'men', 'women', 'boy', 'girl', 'child', 'resident', 'residents', 'witness', 'witnesses', 'police', 'officer', 'officers',
  'lawyer', 'lawyers', 'attorney', 'prosecutor', 'prosecutors', 'judge', 'doctor', 'doctors', 'nurse', 'teacher', 'student',
  'students', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'friend', 'neighbour', 'neighbor', 'victim',
  'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'economist', 'economists', 'researcher', 'researchers',
  'scientist', 'scientists', 'professor', 'executive', 'executives', 'director', 'chief', 'manager', 'coach', 'player',
  'players', 'fan', 'fans', 'voter', 'voters', 'protester', 'protesters', 'critic', 'critics', 'supporter', 'supporters',
  'observer', 'observers', 'commentator', 'commentators', 'insider', 'insiders', 'participant', 'participants',
  'representative', 'representatives', 'envoy', 'ambassador', 'negotiator', 'negotiators', 'lawmaker', 'lawmakers',
  'senator', 'senators', 'governor', 'mayor', 'worker', 'workers', 'employee', 'employees', 'owner', 'farmer', 'farmers',
  'veteran', 'soldier', 'soldiers', 'general', 'counterpart', 'counterparts', 'host', 'author', 'writer', 'editor',
  'correspondent', 'reporter', 'journalist', 'journalists', 'founder', 'ceo', 'chairman', 'chairwoman', 'person', 'people',
  'team', 'family', 'relative', 'relatives', 'colleague', 'colleagues', 'partner', 'member', 'members', 'fellow',
  'chancellor', 'premier', 'king', 'queen', 'prince', 'candidate', 'nominee', 'legislator', 'legislators', 'mp', 'mps',
  'activist', 'activists', 'campaigner', 'campaigners', 'organiser', 'organizer', 'organisers', 'organizers', 'star',
  'defender', 'striker', 'midfielder', 'goalkeeper', 'captain', 'manager', 'boss', 'pilot', 'driver', 'survivor',
  '-year-old', 'year-old', 'paramedic', 'firefighter', 'firefighters', 'detective', 'inspector', 'sergeant', 'commander',
  'head', 'councillor', 'councilor', 'counsel', 'administrator', 'regulator', 'regulators', 'investor', 'investors',
  'trader', 'traders', 'banker', 'bankers', 'strategist', 'strategists', 'historian', 'scholar', 'scholars', 'agent',
  'passenger', 'passengers', 'commuter', 'commuters', 'shopper', 'shoppers', 'patient', 'patients', 'parent', 'parents',
  'pensioner', 'tenant', 'landlord', 'chef', 'singer', 'rapper', 'actor', 'actress', 'artist', 'musician', 'athlete',
  'runner', 'cyclist', 'swimmer', 'boxer', 'batsman', 'bowler', 'winger', 'forward', 'midfielder', 'umpire', 'referee',
  'voice-over', 'voiceover', 'authors', 'writers', 'editors', 'owners', 'founders', 'organizers', 'lawyer', 'attorneys', 'spokesmen', 'user', 'users', 'guru', 'look-alike', 'chairmen', 'narrator', 'announcer', 'questioner', 'moderator', 'anchor',
  'pollster', 'pollsters', 'consultant', 'consultants', 'operative', 'operatives', 'donor', 'donors', 'delegate',
  'delegates', 'congressman', 'congresswoman', 'staffer', 'staffers', 'businessman', 'businesswoman', 'billionaire',
  'mogul', 'frontrunner', 'front-runner', 'contender', 'challenger', 'incumbent', 'rival', 'opponent', 'opponents',
  'presenter', 'interviewer', 'caller', 'attendee', 'attendees', 'organiser', 'volunteer', 'volunteers', 'neighbors',
  'neighbours', 'customer', 'customers', 'student', 'official', 'senior', 'manager', 'speaker', 'physician', 'surgeon',
  'neurosurgeon', 'pastor', 'priest', 'minister', 'reverend', 'chaplain', 'sheriff', 'deputy', 'trooper', 'agent',
  'spokespeople', 'representative', 'whip', 'chairperson', 'vice', 'officeholder', 'politician', 'politicians',
  'lobbyist', 'lobbyists', 'advocate', 'advocates', 'fellow', 'economist', 'director', 'secretary', 'mom', 'dad',
  'grandmother', 'grandfather', 'brother', 'sister', 'uncle', 'aunt', 'cousin', 'niece', 'nephew', 'siblings', 'comedian',
  'celebrity', 'entertainer', 'actress', 'filmmaker', 'director', 'producer', 'novelist', 'poet', 'blogger', 'columnist',
  'pundit', 'pundits', 'commentator', 'host', 'hosts', 'publisher', 'biographer', 'diplomat', 'general', 'admiral',
]);

/** Nouns that head a description of an organisation or a document: `the ministry`, `the statement`, `the report`. */
export const ORG_NOUNS = new Set([
  'ministry', 'department', 'government', 'administration', 'agency', 'company', 'firm', 'office', 'embassy', 'council',
  'commission', 'committee', 'court', 'police', 'statement', 'readout', 'report', 'newspaper', 'paper', 'tabloid',
  'broadcaster', 'outlet', 'network', 'editorial', 'website', 'post', 'letter', 'filing', 'document', 'memo', 'notice',
  'club', 'team', 'party', 'university', 'group', 'organisation', 'organization', 'union', 'association', 'board',
  'bank', 'authority', 'authorities', 'spokesperson', 'regulator', 'white house', 'campaign', 'foundation', 'charity',
  'military', 'army', 'navy', 'service', 'channel', 'station', 'magazine', 'study', 'survey', 'release', 'announcement',
  // Writings that speak for themselves when they are the subject of the cue: `the letter reads`, `said the ruling`.
  'column', 'article', 'book', 'ruling', 'ad', 'advertisement', 'spot', 'piece', 'op-ed', 'blog', 'site', 'sign',
  'banner', 'message', 'email', 'e-mail', 'tweet', 'poll', 'listing', 'petition', 'resolution', 'platform', 'lawsuit',
  'complaint', 'indictment', 'opinion', 'decision', 'order', 'bill', 'measure', 'caption', 'headline', 'story', 'video',
  'commercial', 'memoir', 'essay', 'note', 'flyer', 'brochure', 'mailer', 'script', 'transcript', 'guidance', 'manual',
  'chairmen', 'panel', 'coalition', 'council', 'senate', 'house', 'congress', 'legislature', 'firm', 'institute',
]);

/** Writings that speak for themselves when the cue's subject: `the letter reads`, `said the ruling`. */
export const WRITING_NOUNS = new Set(['card', 'sheet', 'leaflet', 'pamphlet', 'placard', 'clip', 'brief', 'suit', 'paper', 'filing', 'letter', 'column', 'article', 'book', 'ruling', 'ad', 'advertisement', 'spot', 'piece', 'op-ed', 'editorial', 'blog', 'sign', 'banner', 'message', 'email', 'e-mail', 'tweet', 'listing', 'petition', 'resolution', 'platform', 'lawsuit', 'complaint', 'indictment', 'opinion', 'decision', 'order', 'caption', 'headline', 'story', 'commercial', 'memoir', 'essay', 'note', 'flyer', 'mailer', 'script', 'memo', 'post', 'website', 'site', 'report', 'study', 'survey', 'poll']);

/** Sources named after `according to` that report rather than speak: `a readout by Xinhua`, `state media`. */
export const DOCUMENT_NOUNS = new Set(['readout', 'report', 'reports', 'statement', 'transcript', 'video', 'footage', 'media', 'broadcast', 'account', 'summary', 'release', 'documents', 'document', 'filing', 'record', 'records', 'data', 'figures', 'survey', 'poll', 'study', 'sources']);

/**
 * Flags of the words compromise's lexicon knows as names, places or organisations (built from
 * lexicon-data.ts, generated from compromise by scripts/build-lexicon.ts): `katrina` → FemaleName.
 */
const FEMALE = 1, MALE = 2, FIRST = 4, LAST = 8, PLACE = 16 | 32 | 64 | 128, ORGANIZATION = 256;
const lexicon = new Map<string, number>();
for (const [bits, words] of LEXICON_GROUPS) for (const w of words.split('|')) lexicon.set(w, (lexicon.get(w) ?? 0) | bits);
/** `Katrina` and `katrina` alike: the lists are lower case. */
const flagsOf = (word: string): number => {
  let flags = asWritten.get(word);
  if (flags === undefined) {
    flags = lexicon.get(word.toLowerCase()) ?? 0;
    // The rules ask about the same capitalised words many times per article.
    asWritten.set(word, flags);
  }
  return flags;
};
const asWritten = new BoundedCache<number>();

/** Gender of a first name from compromise's lexicon: `Katrina` → f, `Hugh` → m, `Xi` → unknown. */
export function nameGender(first: string): 'm' | 'f' | null {
  const f = flagsOf(first);
  if (f & FEMALE) return 'f';
  if (f & MALE) return 'm';
  return null;
}

/** Places from compromise's lexicon: `Beijing`, `China`, `Washington` (a government when it speaks). */
export function isPlace(word: string): boolean {
  return (flagsOf(word) & PLACE) !== 0;
}

/** Countries and regions (states, provinces) from compromise's lexicon, not cities: `Iowa`, `France`. */
export function isRegion(word: string): boolean {
  return (flagsOf(word) & (32 | 128)) !== 0;
}

export function isKnownOrganisation(word: string): boolean {
  return (flagsOf(word) & ORGANIZATION) !== 0;
}

export function isFirstName(word: string): boolean {
  return (flagsOf(word) & (FEMALE | MALE | FIRST)) !== 0;
}

/** Given names and surnames compromise knows: `Smith`, `Jones`, `Nicholas`. */
export function isKnownName(word: string): boolean {
  return (flagsOf(word) & (FEMALE | MALE | FIRST | LAST)) !== 0;
}

/** Country codes: `US`, `U.K.`, `PRC`. */
export const COUNTRY_CODE = /^(?:u\.?s\.?a?\.?|u\.?k\.?|e\.?u\.?|u\.?n\.?|uae|prc|dprk)$/;
/** Demonyms and similar words that say where, not who: `Chinese`, `Israeli`, `Western`. */
export const DEMONYM = /^(?:american|chinese|british|french|german|russian|indian|japanese|australian|canadian|israeli|iranian|iraqi|ukrainian|european|taiwanese|korean|italian|spanish|mexican|brazilian|turkish|syrian|egyptian|saudi|pakistani|afghan|palestinian|lebanese|nigerian|kenyan|african|asian|irish|scottish|welsh|english|dutch|swiss|swedish|norwegian|danish|finnish|polish|hungarian|greek|thai|vietnamese|indonesian|filipino|malaysian|singaporean|argentine|chilean|colombian|venezuelan|cuban|qatari|emirati|yemeni|somali|ethiopian|sudanese|belgian|austrian|czech|serbian|croatian|romanian|bulgarian|kurdish|arab|persian|new zealand|western|eastern|northern|southern|sino|anglo)$/;

/**
 * Words that name a group of people by party, faith or origin, capitalised but never one person's name:
 * `“…,” the Republican said` is a description, and `Muslims`, `Democrats` are no speaker named `Muslim`.
 */
const GROUP_WORD = /^(?:republican|democrat|democratic|gop|conservative|liberal|libertarian|progressive|independent|socialist|communist|tory|labour|muslim|christian|jew|jewish|catholic|evangelical|protestant|mormon|hindu|sikh|buddhist|islamic|islamist|latino|latina|hispanic|black|white|african-american|asian-american|mexican-american|hawaiian|texan|californian|new yorker|floridian|southerner|northerner|westerner|veteran|millennial)s?$/;
export function isGroupWord(word: string): boolean {
  const w = word.toLowerCase();
  return GROUP_WORD.test(w) || DEMONYM.test(w) || (w.endsWith('s') && DEMONYM.test(w.slice(0, -1)));
}

/** State and place abbreviations: `D.C.`, `N.H.`, `Calif.`, `Ky.` (places, never speakers). */
export const PLACE_ABBREVIATION = /^(?:[a-z]\.){2,3}$|^(?:ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|kans|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev|okla|ore|pa|penn|tenn|tex|va|vt|wash|wis|wyo)\.?$/;

/** Titles shortened with a dot, which never end a sentence before a name: `Rev.`, `Sen.`, `Gov.`. */
export const TITLE_ABBREVIATION = /^(?:mr|mrs|ms|dr|rev|sen|rep|gov|gen|lt|col|sgt|capt|cpt|adm|prof|st|maj|cmdr|supt|insp|det|hon|pres|fr|msgr|atty|amb|const|cst|cpl)$/;

/**
 * Nouns for what someone said, whose owner speaks the quote they introduce (`Lee’s claim that “…”`) or
 * that name the block quote after them (`Lee issued the following statement:`).
 */
export const SPEECH_NOUNS = new Set([
  'claim', 'claims', 'statement', 'statements', 'remark', 'remarks', 'comment', 'comments', 'words', 'promise', 'promises',
  'pledge', 'pledges', 'vow', 'assertion', 'assertions', 'warning', 'warnings', 'accusation', 'accusations', 'description',
  'characterization', 'charge', 'charges', 'suggestion', 'insistence', 'boast', 'prediction', 'call', 'plea', 'demand',
  'line', 'slogan', 'message', 'answer', 'response', 'reply', 'argument', 'contention', 'quip', 'tweet', 'tweets',
]);
