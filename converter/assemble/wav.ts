/**
 * Minimal RIFF/WAVE reading and writing for 16-bit PCM, the one audio format the narrators hand us.
 * Written by hand because the track is assembled sample-exactly and streamed to disk.
 */
import { ConvertError } from '../errors.js';

export interface WavInfo {
  sampleRate: number;
  channels: number;
  /** Byte offset and length of the PCM data. */
  dataOffset: number;
  dataLength: number;
}

export function parseWavHeader(buf: Uint8Array): WavInfo {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const tag = (at: number) => String.fromCharCode(buf[at], buf[at + 1], buf[at + 2], buf[at + 3]);
  if (buf.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE') throw badWav('not a RIFF/WAVE file');
  let at = 12;
  let fmt: { sampleRate: number; channels: number; bits: number; format: number } | undefined;
  while (at + 8 <= buf.length) {
    const id = tag(at);
    let size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === 'fmt ') {
      fmt = {
        format: view.getUint16(body, true),
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bits: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      if (!fmt) throw badWav('data before fmt chunk');
      if (fmt.bits !== 16 || (fmt.format !== 1 && fmt.format !== 0xfffe)) throw badWav(`unsupported format ${fmt.format}/${fmt.bits}-bit`);
      // Streaming writers (espeak-ng to a pipe) leave the size at 0 or 0xFFFFFFFF: use what is there.
      if (size === 0 || size === 0xffffffff || body + size > buf.length) size = buf.length - body;
      size -= size % (2 * fmt.channels);
      return { sampleRate: fmt.sampleRate, channels: fmt.channels, dataOffset: body, dataLength: size };
    }
    at = body + size + (size % 2);
  }
  throw badWav('no data chunk');
}

export function wavHeader(sampleRate: number, channels: number, dataLength: number): Uint8Array {
  const b = new Uint8Array(44);
  const v = new DataView(b.buffer);
  const put = (at: number, s: string) => [...s].forEach((c, i) => (b[at + i] = c.charCodeAt(0)));
  put(0, 'RIFF');
  v.setUint32(4, 36 + dataLength, true);
  put(8, 'WAVE');
  put(12, 'fmt ');
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true);
  v.setUint16(22, channels, true);
  v.setUint32(24, sampleRate, true);
  v.setUint32(28, sampleRate * channels * 2, true);
  v.setUint16(32, channels * 2, true);
  v.setUint16(34, 16, true);
  put(36, 'data');
  v.setUint32(40, dataLength, true);
  return b;
}

/** Duration of a 16-bit PCM WAV in milliseconds. */
export function wavDurationMs(buf: Uint8Array): number {
  const w = parseWavHeader(buf);
  return (w.dataLength / (2 * w.channels) / w.sampleRate) * 1000;
}

function badWav(why: string): ConvertError {
  return new ConvertError('INTERNAL', `narration audio is not usable 16-bit PCM WAV (${why})`);
}
