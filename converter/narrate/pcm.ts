/**
 * Mono 16-bit PCM audio and the few operations the narrator needs. Timings are derived from sample
 * counts, never from text length, so they are exact.
 */

export interface Pcm {
  sampleRate: number;
  samples: Int16Array;
}

export function samplesToMs(samples: number, sampleRate: number): number {
  return (samples * 1000) / sampleRate;
}

export function msToSamples(ms: number, sampleRate: number): number {
  return Math.round((ms * sampleRate) / 1000);
}

export function durationMs(pcm: Pcm): number {
  return samplesToMs(pcm.samples.length, pcm.sampleRate);
}

export function silence(ms: number, sampleRate: number): Pcm {
  return { sampleRate, samples: new Int16Array(msToSamples(ms, sampleRate)) };
}

/**
 * Cut silence (|sample| <= threshold) from both ends, keeping `leadMs`/`tailMs` around the audible part.
 * All-silent audio becomes empty.
 */
export function trimSilence(pcm: Pcm, threshold: number, leadMs: number, tailMs: number): Pcm {
  const s = pcm.samples;
  let first = 0;
  while (first < s.length && Math.abs(s[first]!) <= threshold) first++;
  if (first === s.length) return { sampleRate: pcm.sampleRate, samples: new Int16Array(0) };
  let last = s.length - 1;
  while (last > first && Math.abs(s[last]!) <= threshold) last--;
  const from = Math.max(0, first - msToSamples(leadMs, pcm.sampleRate));
  const to = Math.min(s.length, last + 1 + msToSamples(tailMs, pcm.sampleRate));
  return { sampleRate: pcm.sampleRate, samples: s.slice(from, to) };
}

/** Join pieces that share one sample rate. */
export function concatPcm(pieces: Pcm[], sampleRate: number): Pcm {
  let total = 0;
  for (const p of pieces) {
    if (p.sampleRate !== sampleRate) throw new Error(`concatPcm: ${p.sampleRate} Hz piece in a ${sampleRate} Hz stream`);
    total += p.samples.length;
  }
  const out = new Int16Array(total);
  let at = 0;
  for (const p of pieces) {
    out.set(p.samples, at);
    at += p.samples.length;
  }
  return { sampleRate, samples: out };
}
