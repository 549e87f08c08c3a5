/**
 * 'deck2video/options': the options tables (convert, render, deck source) with their flags, help and
 * HTTP safety, the kinds to define more, and the checks that word errors in the caller's vocabulary.
 * The CLI builds its flags from these tables and the service its job validation; a UI can list
 * choices and ranges from them. How to add an option: see convert-options.ts.
 */
export { CONVERT_OPTIONS, type ConvertOptions, type GoogleAuthClient, type NarrationOptions } from './convert-options.js';
export { RENDER_OPTIONS, type RenderOptions } from './render-options.js';
export { SLIDE_RENDERERS, SOURCE_OPTIONS, type SlideRenderer } from './source-options.js';
export {
  choice,
  list,
  longFlag,
  number,
  text,
  textOr,
  toggle,
  value,
  type Checked,
  type HttpOptionName,
  type OptionMeta,
  type OptionSpec,
  type OptionTable,
  type OptionValue,
  type OptionsOf,
  type Problem,
} from './option-kinds.js';
export { checkOptions, checkValue, problemMessage, serviceSpec, valueFromText, type Said } from './parse-options.js';
