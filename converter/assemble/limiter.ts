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

/**
 * `pcm` with the gain and the limiter applied, written to `out` (allocated when absent; it may be
 * reused between calls to keep a long narration's passes from allocating again). Memory beyond the
 * output is a window of `lookaheadSamples`, however long the narration.
 */
export function applyGainLimited(pcm: Int16Array, o: LimiterOptions, out: Int16Array = new Int16Array(pcm.length)): Int16Array {
  const n = pcm.length;
  const limit = o.ceiling * 32767;
  const gain = o.gain;
  const lookahead = o.lookaheadSamples;
  // Look ahead: at each sample, the smallest gain any sample within the next `lookahead` needs on its
  // own to stay under the ceiling: a sliding minimum, kept as a monotonic queue of candidates in a
  // ring buffer the size of the window.
  const size = lookahead + 2;
  const qIndex = new Int32Array(size);
  const qNeed = new Float32Array(size);
  let head = 0;
  let tail = 0; // one past the last candidate
  let count = 0;
  const recover = 1 / o.releaseSamples;
  let g = 1;
  for (let j = 0; j < n + lookahead; j++) {
    if (j < n) {
      const v = Math.abs(pcm[j] * gain);
      const need = v > limit ? limit / v : 1;
      while (count > 0) {
        const last = tail === 0 ? size - 1 : tail - 1;
        if (qNeed[last] < need) break;
        tail = last;
        count--;
      }
      qIndex[tail] = j;
      qNeed[tail] = need;
      tail = tail + 1 === size ? 0 : tail + 1;
      count++;
    }
    const i = j - lookahead;
    if (i < 0) continue;
    while (qIndex[head] < i) {
      head = head + 1 === size ? 0 : head + 1;
      count--;
    }
    // Smooth: fall at once to what is needed, recover exponentially.
    const ahead = qNeed[head];
    g = ahead < g ? ahead : Math.min(ahead, g + (1 - g) * recover);
    const v = Math.round(pcm[i] * gain * g);
    out[i] = v > 32767 ? 32767 : v < -32768 ? -32768 : v;
  }
  return out;
}
