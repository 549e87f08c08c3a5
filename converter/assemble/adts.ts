/**
 * AAC in ADTS framing: every frame carries its own 7- or 9-byte header with its length, so frames
 * can be cut from one encode and laid after frames of another with plain byte copies. That is how
 * the narration track is joined from per-slide encodes (see narration-track.ts).
 */
import { ConvertError } from '../errors.js';

/** Samples per AAC-LC frame. */
export const AAC_FRAME_SAMPLES = 1024;

/** The frames of an ADTS stream, in order (views into `buf`, not copies). */
export function adtsFrames(buf: Uint8Array): Uint8Array[] {
  const frames: Uint8Array[] = [];
  let at = 0;
  while (at < buf.length) {
    // Sync word 0xFFF, layer 00.
    if (at + 7 > buf.length || buf[at] !== 0xff || (buf[at + 1] & 0xf6) !== 0xf0) {
      throw new ConvertError('INTERNAL', `encoded narration is not an ADTS AAC stream (bad frame header at byte ${at})`);
    }
    const length = ((buf[at + 3] & 0x03) << 11) | (buf[at + 4] << 3) | (buf[at + 5] >> 5);
    if (length < 7 || at + length > buf.length) {
      throw new ConvertError('INTERNAL', `encoded narration is truncated (frame at byte ${at} claims ${length} bytes)`);
    }
    frames.push(buf.subarray(at, at + length));
    at += length;
  }
  return frames;
}
