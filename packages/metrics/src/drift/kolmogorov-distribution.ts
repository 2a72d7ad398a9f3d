const PI2 = Math.PI * Math.PI;
const PI4 = PI2 * PI2;
const PI6 = PI4 * PI2;
const SQRT2PI = Math.sqrt(2 * Math.PI);
const SQRT3 = Math.sqrt(3);
/** Above this n the one-sided Smirnov tail uses the closed-form approximation (as cephes). */
const SMIRNOV_EXACT_MAX_N = 1_000_000;

/**
 * Survival function P(D_n ≥ x) of the one-sample two-sided Kolmogorov–Smirnov statistic, following
 * scipy's `kstwo.sf` (Simard & L'Ecuyer 2011): Ruben–Gambino closed forms at the extremes,
 * 2·Smirnov(n, x) (exact Birnbaum–Tingey sum) for large n·x², else 1 − Pelz–Good (1976).
 * scipy uses the Durbin matrix for n ≤ 1e5 with small n·x^1.5 and Pomeranz for n ≤ 140; we use
 * Pelz–Good there, so p-values are informative only (tolerance: relative 1e-3 for large samples).
 */
export function kolmogorovTwoSidedSf(n: number, x: number): number {
  if (x >= 1) return 0;
  if (x <= 0) return 1;
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return 1;
    let logCdf = 0;
    for (let i = 1; i <= n; i++) logCdf += Math.log((i / n) * (2 * t - 1));
    return clip01(1 - Math.exp(logCdf));
  }
  if (t >= n - 1) return clip01(2 * Math.pow(1 - x, n));
  if (x >= 0.5) return clip01(2 * smirnovSf(n, x));
  const nx2 = t * x;
  if (nx2 >= 370) return 0;
  if (nx2 >= 2.2) return clip01(2 * smirnovSf(n, x));
  return clip01(1 - pelzGoodCdf(n, x));
}

const clip01 = (p: number): number => Math.min(1, Math.max(0, p));

/**
 * One-sided Smirnov tail P(D_n⁺ ≥ x) = x·Σ_{j=0}^{⌊n(1−x)⌋} C(n,j)(1−x−j/n)^{n−j}(x+j/n)^{j−1}
 * (Birnbaum & Tingey 1951), summed in log space; for n > 1e6, exp(−(6nx+1)²/(18n)).
 */
export function smirnovSf(n: number, x: number): number {
  if (n > SMIRNOV_EXACT_MAX_N) return Math.exp(-Math.pow(6 * n * x + 1, 2) / 18 / n);
  const jMax = Math.floor(n * (1 - x));
  let logBinom = 0;
  let maxLog = -Infinity;
  const logs = new Float64Array(jMax + 1);
  for (let j = 0; j <= jMax; j++) {
    if (j > 0) logBinom += Math.log((n - j + 1) / j);
    const a = 1 - x - j / n;
    const term =
      a <= 0 ? -Infinity : logBinom + (n - j) * Math.log(a) + (j - 1) * Math.log(x + j / n);
    logs[j] = term;
    if (term > maxLog) maxLog = term;
  }
  let sum = 0;
  for (let j = 0; j <= jMax; j++) sum += Math.exp((logs[j] as number) - maxLog);
  return x * Math.exp(maxLog) * sum;
}

/** Pelz–Good asymptotic P(D_n ≤ x) ≈ K0 + K1/√n + K2/n + K3/n^1.5 (scipy `_kolmogn_PelzGood`). */
export function pelzGoodCdf(n: number, x: number): number {
  const z = Math.sqrt(n) * x;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const qlog = -PI2 / 8 / z2;
  if (qlog < -708) return 0;
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = PI2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI2) / 4;
  const k2c = (PI4 * (1 - 2 * z2)) / 16;
  const k3d = (PI6 * (5 - 30 * z2)) / 64;
  const k3c = (PI4 * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI2 * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z6 * z2;
  const k = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let kk = maxk; kk > 0; kk--) {
    const m = 2 * kk - 1;
    const m2 = m * m;
    const qpower = Math.pow(q, 8 * kk);
    k[0] = (k[0] as number) * qpower + 1;
    k[1] = (k[1] as number) * qpower + k1a + k1b * m2;
    k[2] = (k[2] as number) * qpower + k2a + k2b * m2 + k2c * m2 * m2;
    k[3] = (k[3] as number) * qpower + k3a + k3b * m2 + k3c * m2 * m2 + k3d * m2 * m2 * m2;
  }
  const divisors = [z, 6 * z4, 72 * z6 * z, 6480 * z6 * z4];
  const scaled = k.map((v, i) => (v * q * SQRT2PI) / (divisors[i] as number));
  q = Math.exp(-PI2 / 2 / z2);
  let k2extra = 0;
  let k3extra = 0;
  for (let kk = maxk; kk > 0; kk--) {
    const kk2 = kk * kk;
    const qp = Math.pow(q, kk2);
    const kspi = Math.PI * kk;
    k2extra += kk2 * qp;
    k3extra += (SQRT3 * z + kspi) * (SQRT3 * z - kspi) * kk2 * qp;
  }
  const k2 = (scaled[2] as number) + (k2extra * PI2 * SQRT2PI) / (-36 * z2 * z);
  const k3 = (scaled[3] as number) + (k3extra * PI2 * SQRT2PI) / (216 * z6);
  return (
    (scaled[0] as number) + (scaled[1] as number) / Math.sqrt(n) + k2 / n + k3 / Math.pow(n, 1.5)
  );
}
