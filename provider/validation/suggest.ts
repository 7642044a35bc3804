/** "Did you mean": the closest known name to a mistyped key, for top-level and nested keys alike. */

/** Edit distance with adjacent transpositions (optimal string alignment), case-insensitive. */
function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => [i, ...Array<number>(t.length).fill(0)]);
  for (let j = 1; j <= t.length; j++) d[0][j] = j;
  for (let i = 1; i <= s.length; i++) {
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[s.length][t.length];
}

/** Whether every character of `short` appears in `long` in order (`minLength` in `minimumLength`). */
function isAbbreviation(short: string, long: string): boolean {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  let i = 0;
  for (const char of l) if (char === s[i]) i++;
  return i === s.length && s.length >= 3 && s[0] === l[0];
}

/** The known name closest to `key`, when one is close enough to be what was meant. */
export function suggest(key: string, known: Iterable<string>): string | undefined {
  let best: { name: string; score: number } | undefined;
  for (const name of known) {
    const d = distance(key, name);
    const close = d <= Math.max(1, Math.floor(Math.max(key.length, name.length) / 4));
    const score = close ? d : isAbbreviation(key, name) ? name.length - key.length + 0.5 : Infinity;
    if (score !== Infinity && (best === undefined || score < best.score)) best = { name, score };
  }
  return best?.name;
}
