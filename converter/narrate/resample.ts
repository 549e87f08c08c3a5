/**
 * Sample-rate conversion to the narration's fixed rate (espeak-ng speaks at 22050 Hz, some
 * OpenAI-compatible servers at 16 or 44.1 kHz). A Blackman-windowed sinc with 16 zero crossings per
 * side: inaudible artefacts for speech, no external process per sentence. Kernels are tabulated per
 * phase: for rational ratios like 22050 -> 24000 there are only 160 distinct phases.
 */
import type { Pcm } from './pcm.js';
import { clamp16 } from './wav.js';

const HALF_TAPS = 16;
const MAX_PHASES = 4096;

export function resample(pcm: Pcm, outRate: number): Pcm {
  const inRate = pcm.sampleRate;
  if (inRate === outRate) return pcm;
  const input = pcm.samples;
  const outLength = Math.round((input.length * outRate) / inRate);
  const out = new Int16Array(outLength);
  // Downsampling must low-pass below the new Nyquist frequency; upsampling keeps the full band.
  const cutoff = Math.min(1, outRate / inRate);
  const g = gcd(inRate, outRate);
  const phases = outRate / g;
  const step = inRate / g; // input advance per output sample, in units of 1/phases
  // A lower cutoff widens the kernel in input samples: keep 16 zero crossings of the filter.
  const half = Math.ceil(HALF_TAPS / cutoff);
  const table = phases <= MAX_PHASES ? kernelTable(phases, cutoff, half) : undefined;

  for (let n = 0; n < outLength; n++) {
    const num = n * step; // position in input samples = num / phases
    const base = Math.floor(num / phases);
    const phase = num - base * phases;
    const kernel = table ? table[phase]! : kernel1(phase / phases, cutoff, half);
    const first = base - half + 1;
    // Clip the kernel to the input once, so the hot loop has no bounds tests.
    const k0 = Math.max(0, -first);
    const k1 = Math.min(2 * half, input.length - first);
    let acc = 0;
    for (let k = k0; k < k1; k++) acc += input[first + k]! * kernel[k]!;
    out[n] = clamp16(Math.round(acc));
  }
  return { sampleRate: outRate, samples: out };
}

function kernelTable(phases: number, cutoff: number, half: number): Float64Array[] {
  const t: Float64Array[] = [];
  for (let p = 0; p < phases; p++) t.push(kernel1(p / phases, cutoff, half));
  return t;
}

/** Weights of the 2*half input samples around a position `frac` past input sample `base`. */
function kernel1(frac: number, cutoff: number, half: number): Float64Array {
  const k = new Float64Array(2 * half);
  let sum = 0;
  for (let i = 0; i < 2 * half; i++) {
    const x = i - half + 1 - frac; // distance from the output position, in input samples
    const w = blackman(x / half);
    const v = cutoff * sinc(cutoff * x) * w;
    k[i] = v;
    sum += v;
  }
  // Normalise so a constant signal keeps its level exactly.
  for (let i = 0; i < k.length; i++) k[i] /= sum;
  return k;
}

function sinc(x: number): number {
  if (x === 0) return 1;
  const px = Math.PI * x;
  return Math.sin(px) / px;
}

/** Blackman window over [-1, 1]. */
function blackman(u: number): number {
  if (u <= -1 || u >= 1) return 0;
  const a = Math.PI * (u + 1);
  return 0.42 - 0.5 * Math.cos(a) + 0.08 * Math.cos(2 * a);
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}
