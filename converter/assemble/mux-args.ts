/**
 * The final ffmpeg call: joins the encoded pieces by stream copy, encodes the normalised narration
 * to AAC, adds the soft subtitle track (mov_text, language-tagged), chapters and the title, and puts
 * the index at the front (+faststart) so the file plays while it downloads.
 */
export interface MuxPlan {
  /** ffconcat list of the video pieces, in order. */
  concatList: string;
  /** The narration, already encoded (ADTS AAC): copied, not re-encoded. */
  audio: string;
  /** SRT captions for the soft subtitle track; omitted when there are no cues. */
  captions?: string;
  /** FFMETADATA1 file with the title and chapters. */
  metadata: string;
  /** ISO 639-2 code for the audio and subtitle tracks (eng, spa, ara, …). */
  language: string;
  /** Constant frame rate output for editors that need it (re-encodes). */
  cfr?: { fps: number; encoder: string[] };
  out: string;
}

export function buildMuxArgs(p: MuxPlan): string[] {
  const args = ['-f', 'concat', '-safe', '0', '-i', p.concatList, '-i', p.audio];
  const metadataInput = p.captions ? 3 : 2;
  if (p.captions) args.push('-i', p.captions);
  args.push('-i', p.metadata);
  args.push('-map', '0:v:0', '-map', '1:a:0');
  if (p.captions) args.push('-map', '2:s:0');
  args.push('-map_metadata', String(metadataInput), '-map_chapters', String(metadataInput));

  // Burned captions are already in the segments' pictures: only a constant frame rate re-encodes.
  if (p.cfr) args.push('-vf', `fps=${p.cfr.fps}`, ...p.cfr.encoder);
  else args.push('-c:v', 'copy');
  args.push('-c:a', 'copy');
  if (p.captions) args.push('-c:s', 'mov_text', '-metadata:s:s:0', `language=${p.language}`);
  args.push('-metadata:s:a:0', `language=${p.language}`);
  args.push('-movflags', '+faststart', '-f', 'mp4', p.out);
  return args;
}

/**
 * One slide's levelled narration (raw 16-bit mono PCM on stdin) to AAC in ADTS frames, which the track
 * writer copies into place. It stays at the narration's rate (24 kHz: resampling speech up adds
 * nothing), and the fast AAC coder is several times quicker than the default and transparent for
 * speech at this bitrate.
 */
export function aacChunkArgs(encoder: { sampleRate: number; bitrate: string }, out: string): string[] {
  return [
    '-loglevel', 'error', '-f', 's16le', '-ar', String(encoder.sampleRate), '-ac', '1', '-i', 'pipe:0',
    '-c:a', 'aac', '-aac_coder', 'fast', '-b:a', encoder.bitrate, '-f', 'adts', out,
  ];
}

export function concatList(files: string[]): string {
  return 'ffconcat version 1.0\n' + files.map((f) => `file '${f.replace(/'/g, "'\\''")}'`).join('\n') + '\n';
}

const ISO639_2: Record<string, string> = {
  en: 'eng', es: 'spa', fr: 'fra', de: 'deu', it: 'ita', pt: 'por', nl: 'nld', ar: 'ara', he: 'heb', fa: 'fas',
  hi: 'hin', zh: 'zho', ja: 'jpn', ko: 'kor', ru: 'rus', pl: 'pol', tr: 'tur', sv: 'swe', uk: 'ukr', el: 'ell',
};

export function iso639_2(lang: string): string {
  return ISO639_2[lang.toLowerCase().split(/[-_]/)[0]] ?? 'und';
}
