/**
 * A bounded memo of a pure function of one word (its stem, its n-gram
 * features): the current generation and the one before, the older dropped
 * when the current fills. Written here rather than taken from lru-cache
 * (used elsewhere) because these are asked many thousands of times per
 * question, and the LRU's bookkeeping on every hit cost more than a CPU
 * profile of an ask at 100,000 paragraphs allowed (README, Performance): a hit
 * here is one or two Map look-ups. Words asked in either of the last two
 * generations stay, which is what a least-recently-used policy keeps too.
 */
export class WordMemo<Value> {
  private current = new Map<string, Value>();
  private previous = new Map<string, Value>();

  constructor(
    private readonly compute: (word: string) => Value,
    /** Words per generation: at most twice as many are held. */
    private readonly generation: number,
  ) {}

  get(word: string): Value {
    let value = this.current.get(word);
    if (value !== undefined) return value;
    value = this.previous.get(word);
    if (value === undefined) value = this.compute(word);
    if (this.current.size >= this.generation) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(word, value);
    return value;
  }
}
