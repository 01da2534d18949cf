/**
 * Counts 32-bit feature hashes in an open-addressing table of typed arrays and
 * remembers the order in which features first appeared. It replaces a
 * Map<number, number> per text in the indexing and re-ranking loops: no
 * allocation per feature, and clear() costs only what was added, so one counter
 * is reused for every paragraph.
 */
export class FeatureCounter {
  /** Features in first-occurrence order, and their counts. */
  private featureList = new Uint32Array(256);
  private countList = new Float64Array(256);
  /** Where each listed feature sits in the table, so clear() can empty just those slots. */
  private slotList = new Int32Array(256);
  /** slot → position in the lists + 1 (0 = empty); the table size is a power of two. */
  private slots = new Int32Array(1024);
  private used = 0;

  get size(): number {
    return this.used;
  }

  featureAt(position: number): number {
    return this.featureList[position]!;
  }

  countAt(position: number): number {
    return this.countList[position]!;
  }

  /** Position of a feature in first-occurrence order, or -1. */
  positionOf(feature: number): number {
    const mask = this.slots.length - 1;
    for (let slot = mix(feature) & mask; ; slot = (slot + 1) & mask) {
      const position = this.slots[slot]! - 1;
      if (position < 0) return -1;
      if (this.featureList[position] === feature) return position;
    }
  }

  get(feature: number): number {
    const position = this.positionOf(feature);
    return position < 0 ? 0 : this.countList[position]!;
  }

  add(feature: number, amount: number): void {
    const mask = this.slots.length - 1;
    let slot = mix(feature) & mask;
    for (;;) {
      const position = this.slots[slot]! - 1;
      if (position < 0) break;
      if (this.featureList[position] === feature) {
        this.countList[position]! += amount;
        return;
      }
      slot = (slot + 1) & mask;
    }
    if (this.used === this.featureList.length) this.growLists();
    this.featureList[this.used] = feature;
    this.countList[this.used] = amount;
    this.slotList[this.used] = slot;
    this.used += 1;
    this.slots[slot] = this.used;
    if (this.used * 2 > this.slots.length) this.rehash(this.slots.length * 2);
  }

  clear(): void {
    if (this.used * 8 < this.slots.length) {
      for (let position = 0; position < this.used; position += 1) this.slots[this.slotList[position]!] = 0;
    } else {
      this.slots.fill(0);
    }
    this.used = 0;
  }

  /** The counts as a Map, in first-occurrence order. */
  toMap(): Map<number, number> {
    const map = new Map<number, number>();
    for (let position = 0; position < this.used; position += 1) map.set(this.featureList[position]!, this.countList[position]!);
    return map;
  }

  private growLists(): void {
    const features = new Uint32Array(this.featureList.length * 2);
    features.set(this.featureList);
    const counts = new Float64Array(this.countList.length * 2);
    counts.set(this.countList);
    const slots = new Int32Array(this.slotList.length * 2);
    slots.set(this.slotList);
    this.featureList = features;
    this.countList = counts;
    this.slotList = slots;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    const mask = size - 1;
    for (let position = 0; position < this.used; position += 1) {
      let slot = mix(this.featureList[position]!) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = position + 1;
      this.slotList[position] = slot;
    }
  }
}

/** Spreads FNV hashes over the table (their low bits alone cluster for similar n-grams). */
function mix(feature: number): number {
  const hash = Math.imul(feature ^ (feature >>> 16), 0x45d9f3b);
  return hash ^ (hash >>> 16);
}
