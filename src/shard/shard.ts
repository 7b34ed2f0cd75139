/** One of `count` shards, numbered from 1 as a GitHub Actions matrix numbers them. */
export interface Shard {
  index: number;
  count: number;
}

/** `I/N` with 1 ≤ I ≤ N; undefined when the text is anything else. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (match === null) return undefined;
  const shard = { index: Number(match[1]), count: Number(match[2]) };
  return shard.index >= 1 && shard.index <= shard.count ? shard : undefined;
}
