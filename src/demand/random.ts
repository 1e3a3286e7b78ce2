/**
 * A seeded pseudo-random generator: mulberry32, by Tommy Ettinger (public domain, 2017), a 32-bit
 * generator (one 32-bit word of state, period 2^32). Small, fast and the same on every platform; enough
 * for Monte Carlo over a few hundred rates, not for cryptography. Returns a function giving numbers in
 * [0, 1). Checked against an independent implementation of the C reference in the tests.
 */
export function _mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Standard normal draws by the Box-Muller transform (Box and Muller, 1958), one pair per two uniforms;
 * the second of each pair is kept for the next call.
 */
export function _normal(uniform: () => number): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const s = spare;
      spare = undefined;
      return s;
    }
    let u = uniform();
    while (u === 0) u = uniform();
    const v = uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}

/** The standard normal quantile for a two-sided interval of `level` coverage (Acklam's approximation). */
export function _zForLevel(level: number): number {
  const p = 1 - (1 - level) / 2;
  // Peter Acklam's rational approximation of the inverse normal CDF (relative error < 1.2e-9).
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const plow = 0.02425;
  const q = p > 1 - plow ? Math.sqrt(-2 * Math.log(1 - p)) : undefined;
  if (q !== undefined) {
    return -(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  const r0 = p - 0.5;
  const r = r0 * r0;
  return (((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * r0 / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

/** The q-quantile of sorted values by linear interpolation between order statistics (R's type 7). */
export function _quantileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/**
 * A sorted copy of `values` by LSD radix sort on the IEEE-754 bits (4 passes of 16 bits): for non-negative
 * doubles the bit patterns order as unsigned integers. Several times faster than TypedArray.prototype.sort
 * on 100,000 draws; falls back to it when a value is negative or NaN.
 */
export function _sortedCopy(values: Float64Array): Float64Array {
  const n = values.length;
  for (let i = 0; i < n; i += 1) {
    const v = values[i]!;
    if (!(v >= 0) || Object.is(v, -0)) return values.slice().sort();
  }
  let src = values.slice();
  let dst = new Float64Array(n);
  let srcW = new Uint32Array(src.buffer);
  let dstW = new Uint32Array(dst.buffer);
  // Little-endian platforms hold the low word first; check once.
  const lowFirst = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  const counts = new Uint32Array(65536);
  for (let pass = 0; pass < 4; pass += 1) {
    const word = (pass < 2) === lowFirst ? 0 : 1;
    const shift = (pass % 2) * 16;
    counts.fill(0);
    for (let i = 0; i < n; i += 1) counts[(srcW[2 * i + word]! >>> shift) & 0xffff]! += 1;
    let sum = 0;
    for (let d = 0; d < 65536; d += 1) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i += 1) {
      const d = (srcW[2 * i + word]! >>> shift) & 0xffff;
      const j = counts[d]!;
      counts[d] = j + 1;
      dstW[2 * j] = srcW[2 * i]!;
      dstW[2 * j + 1] = srcW[2 * i + 1]!;
    }
    [src, dst] = [dst, src];
    [srcW, dstW] = [dstW, srcW];
  }
  return src;
}

/**
 * The q-quantiles (R type 7, as {@link _quantileSorted}) of unsorted values, by selection instead of a full
 * sort: each order statistic is found by quickselect (Hoare partition, median of three) on a copy, and the
 * next order statistic is the least value to its right. `qs` must be ascending.
 */
export function _quantilesOf(values: Float64Array, qs: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return qs.map(() => Number.NaN);
  if (n < 4096) {
    const sorted = values.slice().sort();
    return qs.map((q) => _quantileSorted(sorted, q));
  }
  // Bracketing by a sample: a strided sample of 2,048 values, sorted, gives for each wanted order statistic
  // a pair of bounds that hold it with near certainty; one pass counts the values below each lower bound and
  // keeps those inside the bounds, and only these few are sorted. When a bracket misses (the draws are not in
  // random order, or ties), the exact quickselect below is used.
  const m = 2048;
  const stride = Math.floor(n / m);
  const sample = new Float64Array(m);
  for (let i = 0; i < m; i += 1) sample[i] = values[i * stride]!;
  sample.sort();
  const nq = qs.length;
  const hs = new Float64Array(nq);
  const ks = new Float64Array(nq);
  const lows = new Float64Array(nq);
  const highs = new Float64Array(nq);
  qs.forEach((q, j) => {
    const h = (n - 1) * q;
    const k = Math.floor(h);
    const r = (k / n) * m;
    const lowIdx = Math.floor(r - 100);
    const highIdx = Math.ceil(r + 100);
    hs[j] = h;
    ks[j] = k;
    lows[j] = lowIdx < 0 ? -Infinity : sample[lowIdx]!;
    highs[j] = highIdx >= m ? Infinity : sample[highIdx]!;
  });
  // Each window holds about 200 ÷ 2,048 of the values; room for a quarter, else the exact fallback.
  const cap = Math.ceil(n / 4);
  const windows = Array.from({ length: nq }, () => new Float64Array(cap));
  const sizes = new Int32Array(nq);
  const below = new Int32Array(nq);
  for (let i = 0; i < n; i += 1) {
    const v = values[i]!;
    for (let j = 0; j < nq; j += 1) {
      if (v < lows[j]!) below[j]! += 1;
      else if (v <= highs[j]!) {
        const at = sizes[j]!;
        if (at === cap) return _quickselectQuantiles(values, qs);
        windows[j]![at] = v;
        sizes[j] = at + 1;
      }
    }
  }
  const out: number[] = [];
  for (let j = 0; j < nq; j += 1) {
    const k = ks[j]!;
    const at = k - below[j]!;
    const last = k + 1 < n ? at + 1 : at;
    if (at < 0 || last >= sizes[j]!) return _quickselectQuantiles(values, qs);
    // Within the window, select instead of sorting it.
    const window = windows[j]!.subarray(0, sizes[j]!);
    const vk = _selectInPlace(window, at);
    let next = vk;
    if (last !== at) {
      next = Infinity;
      for (let i = at + 1; i < window.length; i += 1) if (window[i]! < next) next = window[i]!;
    }
    out.push(vk + (hs[j]! - k) * (next - vk));
  }
  return out;
}

/** The exact fallback of {@link _quantilesOf}: quickselect on a copy. */
export function _quickselectQuantiles(values: Float64Array, qs: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return qs.map(() => Number.NaN);
  const a = values.slice();
  const out: number[] = [];
  let left = 0;
  for (const q of qs) {
    const h = (n - 1) * q;
    const k = Math.floor(h);
    // Quickselect a[k] within [left, n): every element before `left` is already ≤ it.
    const vk = _selectInPlace(a, k, left);
    let next = vk;
    if (k + 1 < n) {
      next = Infinity;
      for (let i = k + 1; i < n; i += 1) if (a[i]! < next) next = a[i]!;
    }
    out.push(vk + (h - k) * (next - vk));
    left = k;
  }
  return out;
}

/**
 * Rearranges `a[from..]` so that a[k] is its k-th smallest value, smaller values before it and larger after
 * (quickselect); `from` lets a caller that has already placed a[..from) skip it.
 */
function _selectInPlace(a: Float64Array, k: number, from = 0): number {
  let lo = from;
  let hi = a.length - 1;
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    const x = a[lo]!;
    const y = a[mid]!;
    const z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i += 1;
      while (a[j]! > pivot) j -= 1;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k]!;
}
