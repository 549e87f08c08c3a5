/**
 * The Deck model: everything the later stages need, with all inheritance already resolved.
 * The renderer, narrator and illustrator read only this; nobody downstream ever reads XML.
 *
 * Units: geometry in EMU (914400 per inch, 12700 per point) exactly as stored in the file, so that
 * fixture tests can compare against what the writer put in; font sizes in points; angles in degrees
 * (clockwise, as DrawingML); fractions 0..1 for percentages (crop, alpha, gradient stops).
 * Everything here is plain JSON except Deck.media, which holds the picture bytes.
 */

export const EMU_PER_PT = 12700;
export const EMU_PER_INCH = 914400;

export interface Deck {
  source: { format: DeckFormat; name: string };
  /** Slide size in EMU. */
  size: { width: number; height: number };
  /** docProps/core.xml title, falling back to the first slide's title. */
  title: string;
  /** BCP-47 tag of the deck's main language when the file says (defaultTextStyle/runs), else ''. */
  lang: string;
  /** Theme of the first slide master: the deck-wide palette and fonts (used for the illustration style lock). */
  theme: Theme;
  slides: Slide[];
  /** Pictures by package part name (e.g. "/ppt/media/image3.png"). */
  media: Map<string, Media>;
  /** One line per repaired problem (missing part, unsupported element), each said once per deck. */
  warnings: string[];
}

export type DeckFormat = 'pptx' | 'ppsx' | 'pptm' | 'google-slides';

export interface Media {
  mime: string;
  /** png | jpeg | gif | bmp | tiff | svg | emf | wmf | webp | other */
  format: string;
  bytes: Uint8Array;
  /** sha256 hex of the bytes, for cache keys. */
  hash: string;
}

export interface Theme {
  name: string;
  colors: ThemeColors;
  fonts: { major: FontSet; minor: FontSet };
}

export type ThemeColorName =
  | 'dk1' | 'lt1' | 'dk2' | 'lt2'
  | 'accent1' | 'accent2' | 'accent3' | 'accent4' | 'accent5' | 'accent6'
  | 'hlink' | 'folHlink';

/** Hex RRGGBB (upper case, no #) per theme colour slot. */
export type ThemeColors = Record<ThemeColorName, string>;

export interface FontSet {
  latin: string;
  ea: string;
  cs: string;
  /** a:sym: the face PowerPoint draws private-use (U+F0xx) characters in, e.g. Symbol or Wingdings. */
  sym?: string;
}

export interface Slide {
  /** 1-based position in presentation order (p:sldIdLst). */
  index: number;
  /** The slide's id in p:sldIdLst (stable across reorders). */
  id: number;
  /** Google Slides decks only: the page's objectId in the Slides API (thumbnails, links to the slide). */
  objectId?: string;
  hidden: boolean;
  /** Plain text of the title placeholder ('' when none). */
  title: string;
  /** All text on the slide in reading order, paragraphs separated by \n (title included). */
  text: string;
  /** Text of the notes body placeholder, paragraphs separated by \n ('' when none). */
  notes: string;
  layoutName: string;
  /** Resolved background (slide, else layout, else master). */
  background: Fill;
  /** What to paint, back to front: master shapes, layout shapes, then the slide's own. */
  elements: SlideElement[];
  transition?: Transition;
  /** Click-by-click builds of the slide's main animation sequence; absent when it has none. */
  build?: SlideBuild;
}

export interface Transition {
  /** DrawingML transition element name: fade, push, wipe, cut, dissolve, … or 'p14:…' ones by local name. */
  type: string;
  durationMs?: number;
  direction?: string;
}

// ---------------------------------------------------------------- builds

/**
 * A slide's builds as a list of steps: steps[0] is the slide before the first click (after the effects
 * that run by themselves when the slide starts), steps[k] the slide after click k. A slide with builds
 * has clicks = steps.length - 1 (PowerPoint's count). Emphasis and motion paths change nothing here:
 * the slide is drawn as the file stores it.
 */
export interface SlideBuild {
  steps: BuildStep[];
}

export interface BuildStep {
  /** What is not on screen at this step; everything else is. */
  hidden: BuildTarget[];
  /** The effects that lead from the previous step to this one (step 0: those that run at slide start). */
  effects: BuildEffect[];
}

export interface BuildTarget {
  /** cNvPr id of an element of the slide's own shape tree (groups included, at any depth). */
  shape: string;
  /** 0-based paragraphs of its text body; absent = the whole element. */
  paragraphs?: number[];
  /** Only the shape's own fill, line and shadow (PowerPoint's "animate background"), not its text. */
  background?: boolean;
}

export interface BuildEffect {
  /** Starts on a click, with the previous effect, or after it. */
  trigger: 'click' | 'with' | 'after';
  kind: 'entrance' | 'exit' | 'emphasis' | 'path' | 'other';
  /** PowerPoint's preset by name: appear, fade, fly, wipe, zoom, … ('custom' when not a known preset). */
  preset: string;
  target: BuildTarget;
  /** Length of the effect's animation, ms (0 for appear/disappear). */
  durationMs: number;
}

// ---------------------------------------------------------------- elements

export type SlideElement = ShapeElement | PictureElement | GroupElement | TableElement | ChartElement;

export interface ElementBase {
  /** cNvPr id (as a string; unique within its part only). */
  id: string;
  name: string;
  /** Which part the element comes from. */
  origin: 'master' | 'layout' | 'slide';
  /**
   * Position and size in slide EMU, group scaling already applied: the box before this element's own
   * rotation and flips. Rotation of enclosing groups is NOT folded in: a group's children are placed in
   * the group's unrotated box and the renderer rotates the group as a whole.
   */
  frame: Rect;
  /** Clockwise degrees about the frame's centre. */
  rotation: number;
  flipH: boolean;
  flipV: boolean;
  placeholder?: { type: string; idx?: number };
  /** Hyperlink on the whole shape (external URL or '#slideN'); never fetched. */
  link?: string;
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ShapeElement extends ElementBase {
  kind: 'shape';
  geometry: Geometry;
  fill: Fill;
  line: Line;
  shadow?: Shadow;
  /** True for p:cxnSp (connectors). */
  connector: boolean;
  text?: TextBody;
}

export interface PictureElement extends ElementBase {
  kind: 'picture';
  /** Media key of the raster (or the fallback raster of an SVG / EMF); '' when none could be read. */
  image: string;
  /** Media key of an asvg:svgBlip, preferred over `image` when present. */
  svg?: string;
  /** Set when the only picture is EMF/WMF with no raster fallback: nothing can be drawn. */
  vectorOnly?: 'emf' | 'wmf';
  /** srcRect as fractions of the source picture cut from each edge (negative = padding). */
  crop: { l: number; t: number; r: number; b: number };
  /** 1 = opaque; from a:alphaModFix. */
  alpha: number;
  /** Clip shape (usually rect; ellipse/roundRect for cropped-to-shape pictures). */
  geometry: Geometry;
  line: Line;
  shadow?: Shadow;
  /** Picture fill mode: stretch (default) or tile. */
  tile?: boolean;
  grayscale?: boolean;
}

export interface GroupElement extends ElementBase {
  kind: 'group';
  /** Set when the group is a SmartArt diagram drawn from its stored drawing part. */
  smartArt?: boolean;
  children: SlideElement[];
}

export interface TableElement extends ElementBase {
  kind: 'table';
  /** Column widths in EMU. */
  columns: number[];
  rows: TableRow[];
}

export interface TableRow {
  height: number;
  cells: TableCell[];
}

export interface TableCell {
  /** Columns spanned by the cell that starts here (1 = none). */
  gridSpan: number;
  rowSpan: number;
  /** Covered by a merge from the left or above: draw nothing, the origin cell covers it. */
  merged: boolean;
  /** Table style already applied. */
  fill: Fill;
  borders: { left: Line; right: Line; top: Line; bottom: Line };
  text: TextBody;
}

export interface ChartElement extends ElementBase {
  kind: 'chart';
  chart: Chart;
}

export interface Chart {
  type: ChartType;
  /** bar/column: clustered | stacked | percentStacked; line/area: standard | stacked | percentStacked. */
  grouping: 'clustered' | 'stacked' | 'percentStacked' | 'standard';
  title?: string;
  categories: string[];
  series: ChartSeries[];
  legend?: { position: 'r' | 'l' | 't' | 'b' | 'tr' };
  /** Doughnut hole size in percent. */
  holeSize?: number;
  /** Pie/doughnut and varyColors charts: one colour per point. */
  varyColors: boolean;
  showDataLabels: boolean;
  /** Value axis number format code from the cache, if any. */
  numberFormat?: string;
  /** Line/scatter markers shown. */
  markers: boolean;
  /** Chart-space and plot-area fills (none = transparent). */
  background: Fill;
  plotBackground: Fill;
  textColor: Color;
  gridlines: boolean;
  /** Default text size of the chart in points (c:chartSpace/c:txPr defRPr sz), when the file says. */
  textSize?: number;
  /** Bar/column charts: gap between categories in percent of one bar's width (c:gapWidth; 150 when absent). */
  gapWidth?: number;
  /** Bar/column charts: overlap of a category's bars in percent (c:overlap, -100..100; 0 when absent). */
  overlap?: number;
  /** Major gridline colour (its spPr line, else the chart style's default), when known. */
  gridlineColor?: Color;
  /** Category axis line colour (its spPr line, else the chart style's default), when known. */
  axisColor?: Color;
}

export type ChartType =
  | 'bar' | 'column' | 'line' | 'area' | 'pie' | 'doughnut' | 'scatter' | 'radar' | 'bubble'
  | 'unsupported';

export interface ChartSeries {
  name: string;
  values: (number | null)[];
  /** Scatter/bubble x values. */
  xValues?: (number | null)[];
  /** Bubble charts: bubble sizes (c:bubbleSize), one per point. */
  bubbleSizes?: (number | null)[];
  /** Series colour, resolved (explicit spPr, else the theme accent cycle). */
  color: Color;
  /** Per-point colours for varyColors charts (pie/doughnut), resolved. */
  pointColors?: Color[];
  line?: Line;
}

// ---------------------------------------------------------------- geometry

export type Geometry = PresetGeometry | CustomGeometry;

export interface PresetGeometry {
  type: 'preset';
  /** ST_ShapeType name: rect, roundRect, ellipse, rightArrow, chevron, line, straightConnector1, … */
  preset: string;
  /** Adjust values from a:avLst (name -> raw value, e.g. adj -> 16667). */
  adjust: Record<string, number>;
}

export interface CustomGeometry {
  type: 'custom';
  paths: GeometryPath[];
}

export interface GeometryPath {
  /** Path coordinate space; 0 means "use the shape's size". */
  w: number;
  h: number;
  fill: 'norm' | 'none' | 'lighten' | 'lightenLess' | 'darken' | 'darkenLess';
  stroke: boolean;
  commands: PathCommand[];
}

/** Coordinates in the path's own space (guides already evaluated). Arc angles in degrees. */
export type PathCommand =
  | { op: 'M'; x: number; y: number }
  | { op: 'L'; x: number; y: number }
  | { op: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { op: 'Q'; x1: number; y1: number; x: number; y: number }
  | { op: 'A'; wR: number; hR: number; stAng: number; swAng: number }
  | { op: 'Z' };

// ---------------------------------------------------------------- fills, lines, effects

export interface Color {
  /** RRGGBB, upper case. */
  hex: string;
  /** 0..1 */
  alpha: number;
}

export type Fill =
  | { type: 'none' }
  | { type: 'solid'; color: Color }
  | GradientFill
  | { type: 'picture'; image: string; tile: boolean; alpha: number; crop?: { l: number; t: number; r: number; b: number } }
  | { type: 'pattern'; preset: string; fg: Color; bg: Color };

export interface GradientFill {
  type: 'gradient';
  stops: { pos: number; color: Color }[];
  /** linear: angle in degrees (a:lin ang); path: circle | rect | shape. */
  kind: 'linear' | 'circle' | 'rect' | 'shape';
  angle: number;
  /** Focus rectangle for path gradients, as fractions from each edge (fillToRect). */
  focus?: { l: number; t: number; r: number; b: number };
}

export interface Line {
  fill: Fill;
  /** EMU; 0 when there is no line. */
  width: number;
  /** ST_PresetLineDashVal: solid, dash, dot, sysDash, sysDot, dashDot, lgDash, … */
  dash: string;
  cap: 'flat' | 'rnd' | 'sq';
  join: 'round' | 'bevel' | 'miter';
  head?: LineEnd;
  tail?: LineEnd;
}

export interface LineEnd {
  /** triangle | stealth | diamond | oval | arrow */
  type: string;
  /** sm | med | lg */
  w: string;
  len: string;
}

export interface Shadow {
  color: Color;
  /** EMU */
  blur: number;
  dist: number;
  /** Direction in degrees. */
  dir: number;
}

// ---------------------------------------------------------------- text

export interface TextBody {
  /** Insets in EMU. */
  insets: { l: number; t: number; r: number; b: number };
  anchor: 't' | 'ctr' | 'b';
  anchorCtr: boolean;
  wrap: boolean;
  /** horz | vert | vert270 | eaVert | wordArtVert | mongolianVert | wordArtVertRtl */
  vert: string;
  /** Extra rotation of the text (bodyPr rot), degrees. */
  rotation: number;
  /** Keep text upright when the shape is rotated (bodyPr upright). */
  upright: boolean;
  autofit: Autofit;
  columns: number;
  paragraphs: Paragraph[];
}

export type Autofit =
  | { type: 'none' }
  /** normAutofit: shrink text; fontScale/lnSpcReduction as saved (1 / 0 when PowerPoint saved none). */
  | {
      type: 'normal';
      fontScale: number;
      lnSpcReduction: number;
      /** The text was changed after PowerPoint laid it out (a translation): fit it again, as PowerPoint does on edit. */
      refit?: boolean;
    }
  | { type: 'shape' };

export interface Paragraph {
  /** 0-based outline level (a:pPr lvl). */
  level: number;
  align: 'l' | 'ctr' | 'r' | 'just' | 'dist';
  rtl: boolean;
  /** Left margin and first-line indent in EMU (marL, indent). */
  marginLeft: number;
  indent: number;
  lineSpacing: Spacing;
  spaceBefore: Spacing;
  spaceAfter: Spacing;
  bullet: Bullet;
  runs: Run[];
  /** Properties used for an empty paragraph's height (endParaRPr, resolved). */
  endSize: number;
  /** Default tab size in EMU. */
  tabSize: number;
  /** Kept in the layout but not drawn: a build step before this paragraph is revealed. */
  invisible?: boolean;
}

/** Line spacing in percent of single (1 = 100%) or exact points. */
export type Spacing = { pct: number } | { pts: number };

export type Bullet =
  | { type: 'none' }
  | { type: 'char'; char: string; font?: string; color?: Color; sizePct: number }
  /** Numbering with its number already worked out for this paragraph. */
  | { type: 'autonum'; scheme: string; number: number; text: string; font?: string; color?: Color; sizePct: number }
  | { type: 'picture'; image: string; sizePct: number };

export interface Run {
  kind: 'text' | 'break' | 'field';
  /** For fields, the text to show (slide number filled in, date formatted). */
  text: string;
  fieldType?: string;
  font: FontSet;
  /** Points, before autofit scaling. */
  size: number;
  bold: boolean;
  italic: boolean;
  /** ST_TextUnderlineType: none, sng, dbl, heavy, dotted, dash, wavy, … */
  underline: string;
  strike: 'none' | 'sng' | 'dbl';
  color: Color;
  /** Superscript/subscript offset in percent (30 = superscript, -25 = subscript), 0 normal. */
  baseline: number;
  caps: 'none' | 'all' | 'small';
  /** Character spacing in points (a:rPr spc / 100). */
  spacing: number;
  highlight?: Color;
  /** Hyperlink target; never fetched. */
  link?: string;
  lang?: string;
  /** Outline of the glyphs (a:ln on the run), if any. */
  outline?: Line;
}
