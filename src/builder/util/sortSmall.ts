/**
 * Sorts in place, stably, like `Array.prototype.sort`, but without its allocations on the short arrays the builder
 * sorts per sentence (mentions, items, years): V8's sort copies into work arrays on every call, which came to a
 * sixth of everything a 20 MB build allocated. Longer arrays go to the built-in sort.
 */
const INSERTION_LIMIT = 24;

export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > INSERTION_LIMIT) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}
