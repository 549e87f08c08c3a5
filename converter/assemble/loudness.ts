/**
 * Loudness normalisation to -16 LUFS integrated with true peak at most -1.5 dBTP (the usual target
 * for spoken content online), in two passes: measure the whole track once, then apply loudnorm in
 * linear mode with the measured values so the voice is scaled, not pumped.
 */
export interface LoudnessTarget {
  integrated: number;
  truePeak: number;
  range: number;
}

export const SPEECH_TARGET: LoudnessTarget = { integrated: -16, truePeak: -1.5, range: 11 };

export interface LoudnessMeasurement {
  input_i: string;
  input_tp: string;
  input_lra: string;
  input_thresh: string;
  target_offset: string;
}

function base(t: LoudnessTarget): string {
  return `loudnorm=I=${t.integrated}:TP=${t.truePeak}:LRA=${t.range}`;
}

export function measureArgs(track: string, t: LoudnessTarget): string[] {
  return ['-i', track, '-af', `${base(t)}:print_format=json`, '-f', 'null', '-'];
}

/** The JSON block loudnorm prints at the end of stderr. */
export function parseMeasurement(stderr: string): LoudnessMeasurement | undefined {
  const start = stderr.lastIndexOf('{');
  const end = stderr.lastIndexOf('}');
  if (start < 0 || end < start) return undefined;
  try {
    const m = JSON.parse(stderr.slice(start, end + 1)) as Partial<LoudnessMeasurement>;
    if (!m.input_i || !m.input_tp || !m.input_lra || !m.input_thresh || !m.target_offset) return undefined;
    return m as LoudnessMeasurement;
  } catch {
    return undefined;
  }
}

/**
 * The audio filter for the final encode: normalisation when there is speech to measure; a silent
 * track (a deck without notes) is only resampled.
 */
export function normalizeFilter(m: LoudnessMeasurement | undefined, t: LoudnessTarget, sampleRate: number): string {
  const resample = `aresample=${sampleRate}`;
  const i = m ? Number(m.input_i) : -Infinity;
  if (!m || !Number.isFinite(i) || i < -70) return resample;
  return `${base(t)}:measured_I=${m.input_i}:measured_TP=${m.input_tp}:measured_LRA=${m.input_lra}` +
    `:measured_thresh=${m.input_thresh}:offset=${m.target_offset}:linear=true,${resample}`;
}
