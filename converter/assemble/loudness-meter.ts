/**
 * Integrated loudness (ITU-R BS.1770 / EBU R128) of 16-bit mono PCM, measured in JavaScript while
 * the narration track is written: K-weighting (a high shelf and a high pass, designed for the
 * actual sample rate), 400 ms blocks every 100 ms, an absolute gate at -70 LUFS and a relative
 * gate 10 LU below. ffmpeg's loudnorm does the same at 192 kHz and costs several seconds per
 * minute of speech; this costs milliseconds.
 */

interface Biquad { b0: number; b1: number; b2: number; a1: number; a2: number }

/** The two K-weighting stages, from their analogue prototypes (as in pyloudnorm / libebur128). */
export function kWeighting(sampleRate: number): [Biquad, Biquad] {
  const shelf = (() => {
    const f0 = 1681.974450955533, gain = 3.999843853973347, q = 0.7071752369554196;
    const k = Math.tan((Math.PI * f0) / sampleRate);
    const vh = 10 ** (gain / 20);
    const vb = vh ** 0.4996667741545416;
    const a0 = 1 + k / q + k * k;
    return { b0: (vh + (vb * k) / q + k * k) / a0, b1: (2 * (k * k - vh)) / a0, b2: (vh - (vb * k) / q + k * k) / a0,
      a1: (2 * (k * k - 1)) / a0, a2: (1 - k / q + k * k) / a0 };
  })();
  const highPass = (() => {
    const f0 = 38.13547087602444, q = 0.5003270373238773;
    const k = Math.tan((Math.PI * f0) / sampleRate);
    const a0 = 1 + k / q + k * k;
    return { b0: 1, b1: -2, b2: 1, a1: (2 * (k * k - 1)) / a0, a2: (1 - k / q + k * k) / a0 };
  })();
  return [shelf, highPass];
}

/**
 * Accumulates K-weighted energy in 100 ms steps across calls (slide after slide), so the track's
 * integrated loudness is known without holding the whole track in memory.
 */
export class LoudnessMeter {
  private readonly stages: [Biquad, Biquad];
  private readonly state = new Float64Array(8);
  private readonly step: number;
  /** Mean square of each 100 ms step. */
  private readonly steps: number[] = [];
  private acc = 0;
  private inStep = 0;

  constructor(readonly sampleRate: number) {
    this.stages = kWeighting(sampleRate);
    this.step = Math.round(sampleRate / 10);
  }

  add(pcm: Int16Array): void {
    const [s1, s2] = this.stages;
    const st = this.state;
    for (let i = 0; i < pcm.length; i++) {
      const x = pcm[i] / 32768;
      const y1 = s1.b0 * x + s1.b1 * st[0] + s1.b2 * st[1] - s1.a1 * st[2] - s1.a2 * st[3];
      st[1] = st[0]; st[0] = x; st[3] = st[2]; st[2] = y1;
      const y2 = s2.b0 * y1 + s2.b1 * st[4] + s2.b2 * st[5] - s2.a1 * st[6] - s2.a2 * st[7];
      st[5] = st[4]; st[4] = y1; st[7] = st[6]; st[6] = y2;
      this.acc += y2 * y2;
      if (++this.inStep === this.step) this.flush();
    }
  }

  /** Silence between slides: no need to filter zeros sample by sample once the filters have rung out. */
  addSilence(samples: number): void {
    const n = Math.min(samples, this.step * 2);
    this.add(new Int16Array(n));
    const rest = samples - n;
    const whole = Math.floor((this.inStep + rest) / this.step);
    for (let i = 0; i < whole; i++) this.flush();
    this.inStep = (this.inStep + rest) % this.step;
  }

  private flush(): void {
    this.steps.push(this.acc / this.step);
    this.acc = 0;
    this.inStep = 0;
  }

  /** Integrated loudness in LUFS; -Infinity for silence. */
  integrated(): number {
    const blocks: number[] = [];
    for (let i = 0; i + 4 <= this.steps.length; i++) {
      blocks.push((this.steps[i] + this.steps[i + 1] + this.steps[i + 2] + this.steps[i + 3]) / 4);
    }
    const lufs = (z: number) => -0.691 + 10 * Math.log10(z);
    const absolute = blocks.filter((z) => z > 0 && lufs(z) > -70);
    if (absolute.length === 0) return -Infinity;
    const mean = (zs: number[]) => zs.reduce((a, b) => a + b, 0) / zs.length;
    const relativeGate = lufs(mean(absolute)) - 10;
    const gated = absolute.filter((z) => lufs(z) > relativeGate);
    return lufs(mean(gated));
  }
}
