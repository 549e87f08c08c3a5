/**
 * Gain plus a look-ahead peak limiter for 16-bit PCM. Speech raised to -16 LUFS has consonant peaks
 * above full scale; the limiter pulls each one down smoothly (the gain starts falling a few
 * milliseconds before the peak and recovers over tens of milliseconds) instead of clipping it. The
 * ceiling sits below the true-peak target to leave room for peaks between samples.
 */

export interface LimiterOptions {
  /** Linear gain applied first. */
  gain: number;
  /** Highest sample magnitude allowed, as a fraction of full scale. */
  ceiling: number;
  lookaheadSamples: number;
  releaseSamples: number;
}

export function limiterOptions(gainDb: number, ceilingDb: number, sampleRate: number): LimiterOptions {
  return {
    gain: 10 ** (gainDb / 20),
    ceiling: 10 ** (ceilingDb / 20),
    lookaheadSamples: Math.round(sampleRate * 0.005),
    releaseSamples: Math.round(sampleRate * 0.08),
  };
}

export function applyGainLimited(pcm: Int16Array, o: LimiterOptions): Int16Array {
  const n = pcm.length;
  // Gain each sample needs on its own to stay under the ceiling.
  const need = new Float32Array(n);
  const limit = o.ceiling * 32767;
  for (let i = 0; i < n; i++) {
    const v = Math.abs(pcm[i] * o.gain);
    need[i] = v > limit ? limit / v : 1;
  }
  // Look ahead: at each sample, the smallest need within the next lookahead samples (a sliding
  // minimum, computed right to left with a monotonic queue).
  const ahead = new Float32Array(n);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let i = n - 1; i >= 0; i--) {
    while (tail > head && need[queue[tail - 1]] >= need[i]) tail--;
    queue[tail++] = i;
    while (queue[head] > i + o.lookaheadSamples) head++;
    ahead[i] = need[queue[head]];
  }
  // Smooth: fall at once to what is needed, recover exponentially.
  const out = new Int16Array(n);
  const recover = 1 / o.releaseSamples;
  let g = 1;
  for (let i = 0; i < n; i++) {
    g = ahead[i] < g ? ahead[i] : Math.min(ahead[i], g + (1 - g) * recover);
    const v = Math.round(pcm[i] * o.gain * g);
    out[i] = v > 32767 ? 32767 : v < -32768 ? -32768 : v;
  }
  return out;
}
