/**
 * Generated decks with builds (pptxgenjs, p:timing patched in), shared by the reader, renderer and
 * timeline tests. pptxgenjs numbers its shapes 2, 3, … in the order they are added.
 */
import { buildDeck, editZip } from './pptx-fixture.js';
import { timingXml, withTiming } from './timing-xml.js';

const BULLETS = (items: string[]) => items.map((text, i) => ({ text, options: { bullet: true, breakLine: i < items.length - 1 } }));

/** A group (id 10) of two rectangles (ids 11, 12), written by hand: pptxgenjs makes no groups. */
const GROUP = '<p:grpSp><p:nvGrpSpPr><p:cNvPr id="10" name="Pair"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>' +
  '<p:grpSpPr><a:xfrm><a:off x="914400" y="2743200"/><a:ext cx="3657600" cy="914400"/><a:chOff x="914400" y="2743200"/><a:chExt cx="3657600" cy="914400"/></a:xfrm></p:grpSpPr>' +
  [['11', 'Left', 914400, '3366CC'], ['12', 'Right', 3200400, 'CC6633']].map(([id, name, x, color]) =>
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm><a:off x="${x}" y="2743200"/><a:ext cx="1371600" cy="914400"/></a:xfrm>` +
    `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></p:spPr></p:sp>`).join('') +
  '</p:grpSp>';

/**
 * Slides: 1 by-paragraph build; 2 exit + entrance in the same spot; 3 a group and a shape inside it;
 * 4 with/after effects, effects before the first click, emphasis and a motion path; 5 background then
 * paragraphs; 6 an effect on a shape that is not there; 7 a paragraph range past the text; 8 no timing.
 */
export async function buildsDeck(): Promise<Uint8Array> {
  const bytes = await buildDeck((pres) => {
    pres.layout = 'LAYOUT_16x9';
    const s1 = pres.addSlide();
    s1.addText('Water cycle', { x: 0.5, y: 0.2, w: 9, h: 0.8, fontSize: 32 });
    s1.addText(BULLETS(['Evaporation lifts water', 'Condensation forms clouds', 'Precipitation brings rain']), { x: 0.5, y: 1.2, w: 8, h: 3.5, fontSize: 28, valign: 'middle' });
    const s2 = pres.addSlide();
    s2.addText('First listing', { x: 1, y: 1, w: 6, h: 2, fontSize: 24, fill: { color: 'DDEEFF' } });
    s2.addText('Second listing', { x: 1, y: 1, w: 6, h: 2, fontSize: 24, fill: { color: 'FFEEDD' } });
    const s3 = pres.addSlide();
    s3.addText('Grouped', { x: 0.5, y: 0.2, w: 9, h: 0.8, fontSize: 32 });
    const s4 = pres.addSlide();
    for (const [i, c] of ['AA0000', '00AA00', '0000AA', 'AAAA00'].entries()) s4.addShape('rect', { x: 0.5 + i * 2.3, y: 2, w: 2, h: 1.5, fill: { color: c } });
    const s5 = pres.addSlide();
    s5.addText(BULLETS(['Boxed one', 'Boxed two']), { x: 1, y: 1, w: 6, h: 3, fontSize: 24, fill: { color: 'FFFFCC' } });
    const s6 = pres.addSlide();
    s6.addText('Broken target', { x: 1, y: 1, w: 6, h: 2 });
    const s7 = pres.addSlide();
    s7.addText('Two\nparagraphs', { x: 1, y: 1, w: 6, h: 2 });
    const s8 = pres.addSlide();
    s8.addText('No animation', { x: 1, y: 1, w: 6, h: 2 });
  });
  return editZip(bytes, {
    'ppt/slides/slide1.xml': withTiming(timingXml([
      { node: 'click', cls: 'entr', preset: 10, spid: '3', p: [0, 0] },
      { node: 'click', cls: 'entr', preset: 10, spid: '3', p: [1, 1] },
      { node: 'click', cls: 'entr', preset: 10, spid: '3', p: [2, 2] },
    ], [{ spid: '3', build: 'p' }])),
    'ppt/slides/slide2.xml': withTiming(timingXml([
      { node: 'click', cls: 'exit', preset: 1, spid: '2' },
      { node: 'with', cls: 'entr', preset: 10, spid: '3' },
      { node: 'click', cls: 'exit', preset: 1, spid: '3' },
      { node: 'with', cls: 'entr', preset: 1, spid: '2' },
    ])),
    'ppt/slides/slide3.xml': (x) => withTiming(timingXml([
      { node: 'click', cls: 'entr', preset: 53, spid: '10' },
      { node: 'click', cls: 'exit', preset: 10, spid: '11' },
    ]))(x.replace('</p:spTree>', `${GROUP}</p:spTree>`)),
    'ppt/slides/slide4.xml': withTiming(timingXml([
      { node: 'with', cls: 'entr', preset: 10, spid: '2' },
      { node: 'after', cls: 'entr', preset: 22, spid: '3', dur: 750 },
      { node: 'click', cls: 'entr', preset: 10, spid: '4' },
      { node: 'with', cls: 'emph', preset: 6, spid: '2' },
      { node: 'after', cls: 'path', preset: 42, spid: '3', dur: 2000 },
      { node: 'click', cls: 'exit', preset: 10, spid: '2' },
      { node: 'after', cls: 'entr', preset: 2, spid: '5' },
    ])),
    'ppt/slides/slide5.xml': withTiming(timingXml([
      { node: 'click', cls: 'entr', preset: 10, spid: '2', bg: true },
      { node: 'with', cls: 'entr', preset: 10, spid: '2', p: [0, 0] },
      { node: 'click', cls: 'entr', preset: 10, spid: '2', p: [1, 1] },
    ], [{ spid: '2', build: 'p', animBg: true }])),
    'ppt/slides/slide6.xml': withTiming(timingXml([
      { node: 'click', cls: 'entr', preset: 10, spid: '2' },
      { node: 'click', cls: 'entr', preset: 10, spid: '99' },
    ])),
    'ppt/slides/slide7.xml': withTiming(timingXml([{ node: 'click', cls: 'entr', preset: 10, spid: '2', p: [1, 2] }])),
  });
}

/**
 * A short lesson with builds, for the video tests. Slide 1: three bullets by paragraph, notes with
 * [click] marks; slide 2: three bullets that appear, notes that speak about each (no marks); slide 3:
 * no animation; slide 4: two clicks and no notes.
 */
export async function buildsLesson(): Promise<Uint8Array> {
  const bytes = await buildDeck((pres) => {
    pres.layout = 'LAYOUT_16x9';
    const bullets = (s: ReturnType<typeof pres.addSlide>, title: string, items: string[]) => {
      s.addText(title, { x: 0.5, y: 0.2, w: 9, h: 0.8, fontSize: 32 });
      s.addText(BULLETS(items), { x: 0.5, y: 1.2, w: 9, h: 3.5, fontSize: 28 });
    };
    const s1 = pres.addSlide();
    bullets(s1, 'The water cycle', ['Evaporation', 'Condensation', 'Precipitation']);
    s1.addNotes('Water moves around our planet in a cycle. [click] First, the sun heats the sea and water evaporates. ' +
      'The vapour rises into the air. [click] High up, the vapour cools and forms clouds. [click] Finally, rain and snow fall back down.');
    const s2 = pres.addSlide();
    bullets(s2, 'Plants', ['Roots drink water', 'Leaves catch sunlight', 'Flowers make seeds']);
    s2.addNotes('Every part of a plant has a job. Under the ground, the roots drink water from the soil. ' +
      'That water climbs up the stem. Above ground, the leaves catch sunlight to make food. ' +
      'And last, the flowers make seeds for new plants.');
    const s3 = pres.addSlide();
    s3.addText('Questions?', { x: 1, y: 2, w: 8, h: 1.5, fontSize: 40, align: 'center' });
    s3.addNotes('Do you have any questions about plants or water?');
    const s4 = pres.addSlide();
    for (const [i, c] of ['1F77B4', 'FF7F0E'].entries()) s4.addShape('rect', { x: 1 + i * 4, y: 1.5, w: 3, h: 2.5, fill: { color: c } });
  });
  const paragraphs = (spid: string) => [0, 1, 2].map((p) => ({ node: 'click' as const, cls: 'entr' as const, preset: 10, spid, p: [p, p] as [number, number] }));
  return editZip(bytes, {
    'ppt/slides/slide1.xml': withTiming(timingXml(paragraphs('3'), [{ spid: '3', build: 'p' }])),
    'ppt/slides/slide2.xml': withTiming(timingXml(paragraphs('3').map((e) => ({ ...e, preset: 1 })), [{ spid: '3', build: 'p' }])),
    'ppt/slides/slide4.xml': withTiming(timingXml([
      { node: 'click', cls: 'entr', preset: 10, spid: '2' },
      { node: 'click', cls: 'entr', preset: 22, spid: '3' },
    ])),
  });
}
