/**
 * WAV reading and writing, the one implementation (narrators write WAVs, the assembler reads them back).
 * Reading is tolerant because engines stream: espeak-ng --stdout and some HTTP servers write a
 * placeholder data size (0, 0x7FFFF000 or 0xFFFFFFFF), so the data chunk is clamped to the bytes
 * actually present. A zero size is a placeholder only when bytes follow that are not another chunk:
 * a truly empty WAV (nothing after its data header, or a LIST chunk) stays empty. Any PCM or float WAV
 * decodes to mono 16-bit.
 */
import { ConvertError } from '../errors.js';
import type { Pcm } from './pcm.js';

const FORMAT_PCM = 1;
const FORMAT_FLOAT = 3;
const FORMAT_EXTENSIBLE = 0xfffe;

/** Where the samples are and how they are stored. */
export interface WavInfo {
  /** 1 (integer PCM) or 3 (float), the subformat of an extensible header. */
  format: number;
  sampleRate: number;
  channels: number;
  bits: number;
  /** Byte offset and length of the sample data (whole frames only). */
  dataOffset: number;
  dataLength: number;
}

export function isWav(bytes: Uint8Array): boolean {
  return bytes.length >= 12 && ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WAVE';
}

/** The fmt and data chunks of a WAV; throws a plain Error saying what is wrong. */
export function readWavInfo(bytes: Uint8Array): WavInfo {
  if (!isWav(bytes)) throw new Error('not a RIFF/WAVE file');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let fmt: Omit<WavInfo, 'dataOffset' | 'dataLength'> | undefined;
  let pos = 12;
  while (pos + 8 <= bytes.length) {
    const id = ascii(bytes, pos, 4);
    let size = view.getUint32(pos + 4, true);
    const body = pos + 8;
    if (id === 'fmt ') {
      let format = view.getUint16(body, true);
      if (format === FORMAT_EXTENSIBLE && size >= 26) format = view.getUint16(body + 24, true);
      fmt = { format, channels: view.getUint16(body + 2, true), sampleRate: view.getUint32(body + 4, true), bits: view.getUint16(body + 14, true) };
    } else if (id === 'data') {
      if (!fmt) throw new Error('WAV data chunk before its fmt chunk');
      if ((size === 0 && !chunkAt(bytes, view, body)) || body + size > bytes.length) size = bytes.length - body;
      const frame = Math.max(1, (fmt.bits / 8) * fmt.channels);
      return { ...fmt, dataOffset: body, dataLength: size - (size % frame) };
    }
    pos = body + size + (size % 2);
  }
  throw new Error('WAV file without a data chunk');
}

/** True when nothing follows `at`, or a chunk header that fits in the file does: the data before was really empty. */
function chunkAt(bytes: Uint8Array, view: DataView, at: number): boolean {
  if (at >= bytes.length) return true;
  if (at + 8 > bytes.length) return false;
  return /^[\x20-\x7e]{4}$/.test(ascii(bytes, at, 4)) && at + 8 + view.getUint32(at + 4, true) <= bytes.length;
}

/** Any PCM or float WAV as mono 16-bit PCM. */
export function parseWav(bytes: Uint8Array): Pcm {
  const info = readWavInfo(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { sampleRate: info.sampleRate, samples: toMono16(view, info.dataOffset, info.dataOffset + info.dataLength, info) };
}

/** Where a narration's samples are, for an assembler that streams them as they are: 16-bit integer PCM only. */
export function parseWavHeader(bytes: Uint8Array): Pick<WavInfo, 'sampleRate' | 'channels' | 'dataOffset' | 'dataLength'> {
  let info: WavInfo;
  try {
    info = readWavInfo(bytes);
  } catch (e) {
    throw badWav((e as Error).message);
  }
  if (info.bits !== 16 || (info.format !== FORMAT_PCM && info.format !== FORMAT_EXTENSIBLE)) {
    throw badWav(`unsupported format ${info.format}/${info.bits}-bit`);
  }
  return { sampleRate: info.sampleRate, channels: info.channels, dataOffset: info.dataOffset, dataLength: info.dataLength };
}

/** Duration of a 16-bit PCM WAV in milliseconds. */
export function wavDurationMs(bytes: Uint8Array): number {
  const w = parseWavHeader(bytes);
  return (w.dataLength / (2 * w.channels) / w.sampleRate) * 1000;
}

function badWav(why: string): ConvertError {
  return new ConvertError('INTERNAL', `narration audio is not usable 16-bit PCM WAV (${why})`);
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

/** The canonical 44-byte header of a 16-bit PCM WAV with `dataLength` bytes of samples. */
export function wavHeader(sampleRate: number, channels: number, dataLength: number): Uint8Array {
  const b = new Uint8Array(44);
  const v = new DataView(b.buffer);
  writeAscii(b, 0, 'RIFF');
  v.setUint32(4, 36 + dataLength, true);
  writeAscii(b, 8, 'WAVE');
  writeAscii(b, 12, 'fmt ');
  v.setUint32(16, 16, true);
  v.setUint16(20, FORMAT_PCM, true);
  v.setUint16(22, channels, true);
  v.setUint32(24, sampleRate, true);
  v.setUint32(28, sampleRate * channels * 2, true);
  v.setUint16(32, channels * 2, true);
  v.setUint16(34, 16, true);
  writeAscii(b, 36, 'data');
  v.setUint32(40, dataLength, true);
  return b;
}

/** A canonical 44-byte-header mono 16-bit WAV. */
export function encodeWav(pcm: Pcm): Uint8Array {
  const out = new Uint8Array(44 + pcm.samples.length * 2);
  out.set(wavHeader(pcm.sampleRate, 1, pcm.samples.length * 2));
  const view = new DataView(out.buffer);
  for (let i = 0; i < pcm.samples.length; i++) view.setInt16(44 + i * 2, pcm.samples[i]!, true);
  return out;
}

function ascii(b: Uint8Array, at: number, n: number): string {
  return String.fromCharCode(...b.subarray(at, at + n));
}

function writeAscii(b: Uint8Array, at: number, s: string): void {
  for (let i = 0; i < s.length; i++) b[at + i] = s.charCodeAt(i);
}
