/**
 * The transitions a user may ask for between slides: `cut`, and every transition of ffmpeg 5.1's
 * xfade filter (`ffmpeg -h filter=xfade`; `custom` left out, it needs an expression), `fade` first.
 * Checked when the options are read, so a typo fails at once instead of after minutes of rendering.
 * Newer ffmpeg names (coverleft, revealup, …) are not here: Debian 12 ships 5.1.
 */
export const XFADE_TRANSITIONS = [
  'fade', 'wipeleft', 'wiperight', 'wipeup', 'wipedown', 'slideleft', 'slideright', 'slideup', 'slidedown',
  'circlecrop', 'rectcrop', 'distance', 'fadeblack', 'fadewhite', 'radial', 'smoothleft', 'smoothright',
  'smoothup', 'smoothdown', 'circleopen', 'circleclose', 'vertopen', 'vertclose', 'horzopen', 'horzclose',
  'dissolve', 'pixelize', 'diagtl', 'diagtr', 'diagbl', 'diagbr', 'hlslice', 'hrslice', 'vuslice', 'vdslice',
  'hblur', 'fadegrays', 'wipetl', 'wipetr', 'wipebl', 'wipebr', 'squeezeh', 'squeezev', 'zoomin', 'fadefast',
  'fadeslow',
] as const;

export const TRANSITIONS = ['fade', 'cut', ...XFADE_TRANSITIONS.slice(1)] as const;
export type TransitionName = (typeof TRANSITIONS)[number];
