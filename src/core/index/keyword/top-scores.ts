/**
 * The k highest-scoring items, best first, ties kept in input order: exactly
 * `[...items].sort((a, b) => score(b) - score(a)).slice(0, k)` (sort is stable),
 * in O(n log k) instead of sorting every match. At 100,000 paragraphs a common
 * query word matches tens of thousands of them; retrieval needs 50.
 */
export function topScores(items: ArrayLike<number>, scoreOf: (item: number) => number, count: number): number[] {
  if (count <= 0) return [];
  // A min-heap of (score, position): its root is the worst kept item; a later
  // position loses a tie, as it would after a stable sort.
  const heap: number[] = []; // positions into items
  const worse = (left: number, right: number) => {
    const difference = scoreOf(items[left]!) - scoreOf(items[right]!);
    return difference < 0 || (difference === 0 && left > right);
  };
  const swap = (left: number, right: number) => {
    const kept = heap[left]!;
    heap[left] = heap[right]!;
    heap[right] = kept;
  };
  const siftDown = (start: number) => {
    for (let node = start; ; ) {
      const left = node * 2 + 1;
      const right = left + 1;
      let smallest = node;
      if (left < heap.length && worse(heap[left]!, heap[smallest]!)) smallest = left;
      if (right < heap.length && worse(heap[right]!, heap[smallest]!)) smallest = right;
      if (smallest === node) return;
      swap(node, smallest);
      node = smallest;
    }
  };
  // Once the heap is full, an item replaces the root only when it scores above it: a later position never wins a
  // tie. The root's score is kept, so most items (below it) cost one score read.
  let rootScore = -Infinity;
  for (let position = 0; position < items.length; position += 1) {
    if (heap.length < count) {
      heap.push(position);
      for (let node = heap.length - 1; node > 0; ) {
        const parent = (node - 1) >> 1;
        if (!worse(heap[node]!, heap[parent]!)) break;
        swap(node, parent);
        node = parent;
      }
      rootScore = scoreOf(items[heap[0]!]!);
    } else if (scoreOf(items[position]!) > rootScore) {
      heap[0] = position;
      siftDown(0);
      rootScore = scoreOf(items[heap[0]!]!);
    }
  }
  return heap.sort((left, right) => (worse(left, right) ? 1 : worse(right, left) ? -1 : 0)).map((position) => items[position]!);
}
