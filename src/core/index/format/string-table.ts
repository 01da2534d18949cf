/**
 * A read-only set of strings numbered by id, kept as one string plus offsets
 * and a sorted order for binary search. For the index's vocabularies (every
 * word form and stem of the corpus, hundreds of thousands at scale) this costs
 * a few bytes per string and no start-up work, where a Map would cost tens of
 * megabytes and a pass over every word at load.
 */
export class StringTable {
  constructor(
    private readonly joined: string,
    /** Start of each string in `joined` (UTF-16 units), plus the end of the last. */
    private readonly starts: Uint32Array,
    /** Ids in ascending string order (JavaScript's default code-unit order). */
    private readonly sorted: Uint32Array,
  ) {}

  static from(strings: string[]): StringTable {
    const starts = new Uint32Array(strings.length + 1);
    strings.forEach((text, id) => (starts[id + 1] = starts[id]! + text.length));
    const ids = [...strings.keys()].sort((left, right) => (strings[left]! < strings[right]! ? -1 : strings[left]! > strings[right]! ? 1 : 0));
    const sorted = Uint32Array.from(ids);
    return new StringTable(strings.join(''), starts, sorted);
  }

  get size(): number {
    return this.starts.length - 1;
  }

  at(id: number): string {
    return this.joined.slice(this.starts[id]!, this.starts[id + 1]!);
  }

  /** The id of `text`, or -1. */
  find(text: string): number {
    let low = 0;
    let high = this.sorted.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const id = this.sorted[middle]!;
      const order = this.compareWith(id, text);
      if (order === 0) return id;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /**
   * String `id` against `text` in code-unit order (as `<` compares, the order `sorted` is in), read in place: the
   * search runs thousands of times per question, and cutting each probed string out of `joined` allocated one each.
   */
  private compareWith(id: number, text: string): number {
    const start = this.starts[id]!;
    const length = this.starts[id + 1]! - start;
    const common = Math.min(length, text.length);
    for (let position = 0; position < common; position += 1) {
      const difference = this.joined.charCodeAt(start + position) - text.charCodeAt(position);
      if (difference !== 0) return difference;
    }
    return length - text.length;
  }

  /** What the index file stores. */
  parts(): { joined: string; starts: Uint32Array; sorted: Uint32Array } {
    return { joined: this.joined, starts: this.starts, sorted: this.sorted };
  }
}
