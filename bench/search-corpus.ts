/**
 * A synthetic think-tank corpus for the search benchmark: long bodies (300 to
 * 3,000 words, about 1,200 on average) drawn from a Zipf-distributed
 * vocabulary in which function words and a few policy words ("security",
 * "policy", "regional") occur in nearly every document, a few hundred policy
 * words in some, and tens of thousands of rare words in few. Deterministic
 * for a given seed.
 */

export function seededRandom(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FUNCTION_WORDS = ('the of and to in a is that for on with as by it its be are this will from at has have an not or which their '
  + 'more but was would can also been they than other these such into while over both most some').split(' ');

/** Present in nearly every document (the benchmark's broad queries). */
export const UNIVERSAL_WORDS = ['security', 'policy', 'regional', 'government', 'international', 'strategic', 'economic', 'countries'];

const POLICY_WORDS = ('cooperation political states power china asean development defence national global relations maritime south sea '
  + 'trade military alliance diplomacy terrorism extremism cyber technology climate energy food water migration health pandemic '
  + 'nuclear missile navy coast guard border election democracy governance corruption investment infrastructure supply chains '
  + 'semiconductors artificial intelligence data privacy resilience humanitarian disaster indonesia malaysia singapore thailand '
  + 'vietnam philippines myanmar cambodia laos brunei japan korea india australia russia ukraine taiwan pakistan bangladesh europe '
  + 'america washington beijing tokyo canberra jakarta manila hanoi bangkok summit minister president leaders ministry agency '
  + 'framework mechanism dialogue negotiation agreement treaty sanctions tariffs exports imports growth inflation currency bank '
  + 'finance debt islands reef fisheries shipping ports straits malacca navigation freedom law tribunal arbitration court rights '
  + 'religion radicalisation online youth community resilience education workforce urban rural poverty inequality labour '
  + 'industry manufacturing digital platforms misinformation influence operations narratives hedging balancing competition rivalry '
  + 'deterrence escalation crisis conflict peace stability order multilateral bilateral institutions norms outlook prospects').split(' ');

const SYLLABLES = ('ka ri to na me lo su vi ra en ar ol im ul os ta ne pa ki mo ru sa de li ga bo tu ze fi ha no ve wa ro si '
  + 'ma ku le ni po ja do ba te').split(' ');

export interface Vocabulary {
  words: string[];
  /** Cumulative probabilities for Zipf sampling. */
  cdf: Float64Array;
}

export function buildVocabulary(random: () => number, tailSize = 30_000): Vocabulary {
  const seen = new Set<string>([...FUNCTION_WORDS, ...UNIVERSAL_WORDS, ...POLICY_WORDS]);
  const tail: string[] = [];
  while (tail.length < tailSize) {
    const syllables = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < syllables; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    if (!seen.has(word)) {
      seen.add(word);
      tail.push(word);
    }
  }
  const words = [...FUNCTION_WORDS, ...UNIVERSAL_WORDS, ...POLICY_WORDS, ...tail];
  const weights = words.map((_, rank) => 1 / Math.pow(rank + 1, 1.0));
  const total = weights.reduce((a, b) => a + b, 0);
  const cdf = new Float64Array(words.length);
  let sum = 0;
  weights.forEach((w, i) => (cdf[i] = sum += w / total));
  return { words, cdf };
}

export function sampleWord(vocabulary: Vocabulary, random: () => number): string {
  const r = random();
  let lo = 0;
  let hi = vocabulary.cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (vocabulary.cdf[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary.words[lo]!;
}

/** Phrases planted in a share of the documents, for phrase queries. */
export const PLANTED_PHRASES: readonly [string, number][] = [
  ['South China Sea', 0.08], ['United States', 0.3], ['artificial intelligence', 0.05], ['freedom of navigation', 0.03],
];

/** Body text in paragraphs, with every universal word present in about 97% of documents. */
export function generateBody(vocabulary: Vocabulary, random: () => number): string {
  const length = 300 + Math.floor(2700 * random() * random());
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(sampleWord(vocabulary, random));
  for (const word of UNIVERSAL_WORDS) if (random() < 0.97) words[Math.floor(random() * words.length)] = word;
  for (const [phrase, share] of PLANTED_PHRASES) {
    if (random() < share) words.splice(Math.floor(random() * words.length), 0, ...phrase.split(' '));
  }
  const paragraphs: string[] = [];
  let i = 0;
  while (i < words.length) {
    const sentences: string[] = [];
    const sentenceCount = 3 + Math.floor(random() * 5);
    for (let s = 0; s < sentenceCount && i < words.length; s++) {
      const size = 8 + Math.floor(random() * 18);
      const sentence = words.slice(i, i + size).join(' ');
      i += size;
      sentences.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs.join('\n\n');
}

export function generateTitle(vocabulary: Vocabulary, random: () => number): string {
  const words: string[] = [];
  const length = 5 + Math.floor(random() * 7);
  // Titles lean on the policy vocabulary rather than function words.
  while (words.length < length) {
    const word = sampleWord(vocabulary, random);
    if (!FUNCTION_WORDS.includes(word) || random() < 0.2) words.push(word);
  }
  return words.map((w, i) => (i === 0 || w.length > 3 ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ');
}

/** A skewed pick: low indexes more often (prolific authors, big series). */
export function skewedIndex(count: number, random: () => number): number {
  return Math.min(count - 1, Math.floor(count * Math.pow(random(), 2)));
}
