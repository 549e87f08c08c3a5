/**
 * WAV reading and writing. Reading is tolerant because engines stream: espeak-ng --stdout and some
 * HTTP servers write a placeholder data size (0x7FFFF000 or 0xFFFFFFFF), so the data chunk is clamped
 * to the bytes actually present. Any PCM or float WAV is brought to mono 16-bit.
 */
import type { Pcm } from './pcm.js';

const FORMAT_PCM = 1;
const FORMAT_FLOAT = 3;
const FORMAT_EXTENSIBLE = 0xfffe;

export function isWav(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WAVE';
}

export function parseWav(bytes: Uint8Array): Pcm {
  if (!isWav(bytes)) throw new Error('not a RIFF/WAVE file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let fmt: { format: number; channels: number; sampleRate: number; bits: number } | undefined;
  let pos = 12;
  while (pos + 8 <= bytes.length) {
    const id = ascii(bytes, pos, 4);
    const size = view.getUint32(pos + 4, true);
    const body = pos + 8;
    if (id === 'fmt ') {
      let format = view.getUint16(body, true);
      if (format === FORMAT_EXTENSIBLE && size >= 26) format = view.getUint16(body + 24, true);
      fmt = {
        format,
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bits: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      if (!fmt) throw new Error('WAV data chunk before its fmt chunk');
      const end = Math.min(bytes.length, body + size);
      return { sampleRate: fmt.sampleRate, samples: toMono16(view, body, end, fmt) };
    }
    pos = body + size + (size % 2);
  }
  throw new Error('WAV file without a data chunk');
}

function toMono16(view: DataView, start: number, end: number, f: { format: number; channels: number; bits: number }): Int16Array {
  const width = f.bits / 8;
  const frame = width * f.channels;
  if (f.channels < 1 || ![8, 16, 24, 32].includes(f.bits)) throw new Error(`unsupported WAV: ${f.bits}-bit, ${f.channels} channels`);
  if (f.format !== FORMAT_PCM && !(f.format === FORMAT_FLOAT && f.bits === 32)) throw new Error(`unsupported WAV format ${f.format}`);
  const frames = Math.floor((end - start) / frame);
  const out = new Int16Array(frames);
  for (let i = 0; i < frames; i++) {
    let sum = 0;
    for (let c = 0; c < f.channels; c++) sum += readSample(view, start + i * frame + c * width, f.format, f.bits);
    out[i] = clamp16(Math.round(sum / f.channels));
  }
  return out;
}

/** One sample scaled to the 16-bit range. */
function readSample(view: DataView, at: number, format: number, bits: number): number {
  if (format === FORMAT_FLOAT) return view.getFloat32(at, true) * 32767;
  switch (bits) {
    case 8:
      return (view.getUint8(at) - 128) * 256;
    case 16:
      return view.getInt16(at, true);
    case 24:
      return ((view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16)) / 256);
    default:
      return view.getInt32(at, true) / 65536;
  }
}

export function clamp16(v: number): number {
  return v > 32767 ? 32767 : v < -32768 ? -32768 : v;
}

/** Raw little-endian s16 bytes (OpenAI's response_format 'pcm') as PCM at `sampleRate`. */
export function pcmFromS16le(bytes: Uint8Array, sampleRate: number): Pcm {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const samples = new Int16Array(Math.floor(bytes.length / 2));
  for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(i * 2, true);
  return { sampleRate, samples };
}

/** A canonical 44-byte-header mono 16-bit WAV. */
export function encodeWav(pcm: Pcm): Uint8Array {
  const dataBytes = pcm.samples.length * 2;
  const out = new Uint8Array(44 + dataBytes);
  const view = new DataView(out.buffer);
  writeAscii(out, 0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  writeAscii(out, 8, 'WAVE');
  writeAscii(out, 12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, FORMAT_PCM, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, pcm.sampleRate, true);
  view.setUint32(28, pcm.sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  writeAscii(out, 36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < pcm.samples.length; i++) view.setInt16(44 + i * 2, pcm.samples[i]!, true);
  return out;
}

function ascii(b: Uint8Array, at: number, n: number): string {
  return String.fromCharCode(...b.subarray(at, at + n));
}

function writeAscii(b: Uint8Array, at: number, s: string): void {
  for (let i = 0; i < s.length; i++) b[at + i] = s.charCodeAt(i);
}
