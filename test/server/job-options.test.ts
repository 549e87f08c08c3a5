import { strict as assert } from 'node:assert';
import { parseJobOptions, parseOptionsJson, toConvertOptions } from '../../src/server/job-options.js';
import { HttpError } from '../../src/server/http-error.js';

function rejects400(fields: Record<string, unknown>, message: string): void {
  assert.throws(() => parseJobOptions(fields), (e: unknown) => e instanceof HttpError && e.statusCode === 400 && e.message === message);
}

describe('server: job options from form fields', () => {
  it('maps form fields (camelCase or kebab-case) to typed options', () => {
    assert.deepEqual(
      parseJobOptions({ tts: 'OpenAI', voice: 'alloy', lang: 'pt-BR', rate: '170', images: 'none', 'image-style': 'flat pastel', resolution: '720p', fit: 'native', layout: 'side-by-side', transition: 'wipeleft', motion: 'off', builds: 'false', 'burn-captions': 'on', includeHidden: '1', narrateText: 'false' }),
      { tts: 'openai', voice: 'alloy', lang: 'pt-BR', rate: 170, images: 'none', imageStyle: 'flat pastel', resolution: '720p', fit: 'native', layout: 'side-by-side', transition: 'wipeleft', motion: false, builds: false, burnCaptions: true, includeHidden: true, narrateText: false },
    );
  });

  it('treats empty, "auto" and "default" as not given', () => {
    assert.deepEqual(parseJobOptions({ voice: '', lang: 'auto', tts: '', resolution: ' ', burnCaptions: '', imageStyle: 'default' }), {});
  });

  it('refuses unknown options (server paths and URLs included) and bad values with what to send', () => {
    rejects400({ lexicon: '/etc/passwd' }, 'Unknown option "lexicon": use tts, voice, lang, rate, images, imageStyle, translate, translator, translateSlides, original, resolution, fit, layout, transition, motion, builds, burnCaptions, includeHidden, narrateText');
    rejects400({ openaiBaseUrl: 'http://169.254.169.254/' }, 'Unknown option "openaiBaseUrl": use tts, voice, lang, rate, images, imageStyle, translate, translator, translateSlides, original, resolution, fit, layout, transition, motion, builds, burnCaptions, includeHidden, narrateText');
    rejects400({ __proto__: 'x', constructor: 'y' } as Record<string, unknown>, 'Unknown option "constructor": use tts, voice, lang, rate, images, imageStyle, translate, translator, translateSlides, original, resolution, fit, layout, transition, motion, builds, burnCaptions, includeHidden, narrateText');
    rejects400({ tts: 'festival' }, 'Unknown tts "festival": use one of espeak, openai, google');
    rejects400({ images: 'midjourney' }, 'Unknown images "midjourney": use one of offline, openai, none');
    rejects400({ layout: 'grid' }, 'Unknown layout "grid": use one of slide-then-frame, side-by-side, frame-then-slide, slide-only');
    rejects400({ voice: '../../x' }, 'voice "../../x" is not usable: give a voice name such as en-gb, alloy or en-US-Neural2-C, or voices per language such as es=nova,fr=alloy');
    rejects400({ lang: 'english please' }, 'lang "english please" is not usable: give a language tag such as en, fr or pt-BR');
    rejects400({ rate: '1000' }, 'rate "1000" is out of range: give 80 to 450 words per minute');
    rejects400({ 'burn-captions': 'maybe' }, 'burn-captions "maybe" is not usable: give true or false');
    rejects400({ imageStyle: 'two\nlines' }, 'imageStyle "two\nlines" is not usable: give one line of at most 300 characters');
    rejects400({ resolution: ['720p'] }, 'Option resolution must be a single value');
  });

  it('accepts the options as one JSON field, with JSON scalars', () => {
    assert.deepEqual(parseJobOptions(parseOptionsJson('{"resolution":"1440p","burnCaptions":true,"rate":200}')), { resolution: '1440p', burnCaptions: true, rate: 200 });
    assert.throws(() => parseOptionsJson('[1]'), /must be a JSON object/);
    assert.throws(() => parseOptionsJson('{'), /not valid JSON/);
  });

  it('passes only the known options on to the converter', () => {
    const o = toConvertOptions({ resolution: '720p', burnCaptions: false, ...({ output: '/etc/x' } as object) });
    assert.deepEqual(o, { resolution: '720p', burnCaptions: false });
  });
});
