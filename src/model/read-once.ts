/**
 * `read`, worked out once per key and remembered while the key lives. Scanned objects and
 * the model's lists do not change during a scan, and many checks ask the same question of them.
 */
export function readOnce<K extends object, V>(read: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    if (known.has(key)) return known.get(key) as V;
    const value = read(key);
    known.set(key, value);
    return value;
  };
}
