// "The Water Cycle": a 12-slide middle-school science lesson with a teacher's speaker notes.
// It exercises every element the converter must handle: placeholders, bullets, a table, a native
// chart, a raster picture with text on top, an SVG picture with PNG fallback, two columns, a hidden slide.
import PptxGenJS from 'pptxgenjs';
import type { ArtAssets } from '../lib/art-assets.js';
import { addBulletSlide, addDiagram, addLessonSlide, addTitleSlide } from '../lib/slides.js';
import { baseText, bullets, COLORS, defineMasters, type DeckStyle } from '../lib/theme.js';

const STYLE: DeckStyle = { lang: 'en-GB', rtl: false, headFont: 'Calibri', bodyFont: 'Calibri', footer: 'The Water Cycle  ·  Science, Year 7  ·  Lesson 4' };

export const RAINFALL_MM = [78, 61, 58, 52, 49, 45, 41, 50, 63, 88, 96, 90];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function buildLectureEn(art: ArtAssets): PptxGenJS {
  const pres = new PptxGenJS();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = 'The Water Cycle';
  pres.subject = 'Science, Year 7, Lesson 4: how water moves around our planet';
  pres.author = 'deck2video examples';
  pres.company = 'deck2video';
  pres.theme = { headFontFace: STYLE.headFont, bodyFontFace: STYLE.bodyFont };
  defineMasters(pres, STYLE);
  const text = baseText(STYLE);

  addTitleSlide(pres, STYLE, 'The Water Cycle', 'How water moves around our planet\nScience, Year 7  ·  Lesson 4',
    "Good morning, everyone, and welcome back. Today we are going to follow a single drop of water on a very long journey around our planet. By the end of the lesson, you will be able to explain where rain actually comes from. Let's get started.");

  addBulletSlide(pres, STYLE, 'What you will learn today', [
    "Where the water on Earth is stored",
    'The four stages: evaporation, condensation, precipitation and collection',
    'How the sun powers the whole cycle',
    'How to read a rainfall chart',
  ], 'Here is our plan for today. First we will look at where all the water on Earth is actually kept, and I think the numbers will surprise you. Then we will walk through the four stages of the water cycle, one at a time. Finally, we will read a real rainfall chart together, so keep your notebooks handy.');

  const table = addLessonSlide(pres, STYLE, "Where is Earth's water?",
    "Look at the first row of this table. Almost all of Earth's water, about 96.5 percent, is salty ocean water. Most of the fresh water is frozen in ice caps and glaciers or hidden underground. The water in the air at any moment is a tiny fraction, and yet it is the part that gives us rain.");
  const head = { ...text, bold: true, color: COLORS.white, fill: { color: COLORS.ink } };
  const rows: [string, string, string][] = [
    ['Oceans', '96.5%', 'Salty'],
    ['Ice caps and glaciers', '1.7%', 'Frozen fresh water'],
    ['Groundwater', '1.7%', 'Underground, fresh and salty'],
    ['Lakes and rivers', '0.01%', 'Mostly fresh'],
    ['Atmosphere', '0.001%', 'Water vapour and clouds'],
  ];
  table.addTable(
    [
      [{ text: 'Where the water is', options: head }, { text: 'Share of all water', options: { ...head, align: 'right' } }, { text: 'What it is like', options: head }],
      ...rows.map((r, i) => {
        const cell = { ...text, color: COLORS.text, fill: { color: i % 2 ? COLORS.white : COLORS.pale } };
        return [{ text: r[0], options: cell }, { text: r[1], options: { ...cell, align: 'right' as const } }, { text: r[2], options: cell }];
      }),
    ],
    { x: 1.2, y: 1.75, w: 10.9, colW: [4.1, 2.8, 4.0], rowH: 0.72, fontSize: 22, valign: 'middle', border: { type: 'solid', pt: 1, color: 'BFD7EA' }, margin: [4, 12, 4, 12] },
  );
  table.addText('Source: USGS estimates of global water distribution (rounded).', { ...text, x: 1.2, y: 6.35, w: 10.9, h: 0.4, fontSize: 14, italic: true, color: COLORS.muted });

  const overview = addLessonSlide(pres, STYLE, 'The water cycle at a glance',
    'This picture shows the whole journey in one go. The sun warms the sea, and water rises into the air as invisible vapour. High up, the vapour cools and forms clouds, and when the droplets get heavy they fall as rain or snow. [pause 1s] The rain runs off the mountains into rivers, and the rivers carry it back to the sea, ready to start again.');
  addDiagram(overview, pres, STYLE, art.diagramPng,
    { evaporation: 'Evaporation', condensation: 'Condensation', precipitation: 'Precipitation', collection: 'Collection' },
    'Diagram of the water cycle: the sun heats the sea, vapour rises, clouds form and rain falls on mountains, and a river flows back to the sea.');

  addBulletSlide(pres, STYLE, 'Evaporation: water rises', [
    'The sun heats water in oceans, lakes and puddles',
    'Liquid water turns into an invisible gas called water vapour',
    'Plants release water vapour from their leaves too (transpiration)',
    'Warm, windy days dry the washing faster: evaporation in action',
  ], 'Evaporation is the first stage, and the sun is the engine behind it. When water warms up, some of its molecules escape into the air as a gas we call water vapour. Plants add to this through tiny holes in their leaves, which scientists call transpiration. Think about a puddle on a sunny afternoon: where does it go?');

  const columns = addLessonSlide(pres, STYLE, 'Condensation: how clouds form',
    'Condensation is evaporation in reverse. As warm, moist air rises, it cools, and the vapour turns back into tiny droplets of liquid water around specks of dust. On the left you can see what happens high in the sky, and on the right are examples you have probably seen at home. Next time your bathroom mirror steams up, you can tell your family you are watching condensation.');
  const column = (x: number, heading: string, items: string[], color: string): void => {
    columns.addText(heading, { ...text, x, y: 1.6, w: 5.85, h: 0.6, fontSize: 24, bold: true, color: COLORS.white, fill: { color }, margin: 12, valign: 'middle' });
    columns.addText(bullets(items, STYLE, 24), { x, y: 2.3, w: 5.85, h: 3.5, valign: 'top', fill: { color: COLORS.white }, line: { color, width: 1.5 }, margin: 12 });
  };
  column(0.6, 'Up in the sky', [
    'Air cools as it rises',
    'Cool air cannot hold as much vapour',
    'Vapour condenses on dust into tiny droplets',
    'Billions of droplets make a cloud',
  ], COLORS.ink);
  column(6.88, 'Down here', [
    'A cold glass of juice gets wet on the outside',
    'Your breath makes mist on a winter morning',
    'Mirrors steam up after a hot shower',
  ], COLORS.sky);

  const rain = addLessonSlide(pres, STYLE, 'Precipitation: water falls',
    'When the droplets in a cloud collide and join, they get bigger and heavier. [image: a cloud raining over mountains] Eventually the air can no longer hold them up, and they fall as precipitation. Whether it lands as rain, snow, sleet or hail depends on how cold the air is on the way down.');
  rain.addText(bullets([
    'Droplets bump together and grow heavier',
    'When they are too heavy to float, they fall',
    'Rain, snow, sleet and hail are all precipitation',
    'The type depends on the air temperature',
  ], STYLE), { x: 0.6, y: 1.5, w: 6.6, h: 5.3, valign: 'top' });
  rain.addImage({ data: art.rainSvg, x: 7.5, y: 1.9, w: 5.2, h: 3.9, altText: 'A grey cloud raining over snowy mountains.' });

  const chart = addLessonSlide(pres, STYLE, 'Rainfall through the year',
    'Here is a rainfall chart for our example town, Riverton. Each bar shows how many millimetres of rain fall in an average month. Can you spot the wettest month? It is November, with about 96 millimetres, while July is the driest with only 41. Weather scientists collect data like this for years so that farmers and water companies can plan ahead.');
  chart.addChart(pres.ChartType.bar, [{ name: 'Rainfall (mm)', labels: MONTHS, values: RAINFALL_MM }], {
    x: 0.6, y: 1.45, w: 8.4, h: 5.4,
    barDir: 'col', barGapWidthPct: 40, chartColors: [COLORS.sky],
    showTitle: true, title: 'Average monthly rainfall in Riverton (mm)', titleFontFace: STYLE.bodyFont, titleFontSize: 18, titleColor: COLORS.ink,
    showValue: true, dataLabelFontSize: 12, dataLabelColor: COLORS.text, dataLabelPosition: 'outEnd',
    catAxisLabelFontSize: 14, catAxisLabelFontFace: STYLE.bodyFont, valAxisLabelFontSize: 12, valAxisMaxVal: 120, valAxisMajorUnit: 20,
    showValAxisTitle: true, valAxisTitle: 'Millimetres', valAxisTitleFontSize: 14, valGridLine: { color: 'D5DEE7', size: 1 },
    showLegend: false,
  });
  chart.addText([
    { text: 'Wettest month', options: { ...text, bold: true, color: COLORS.ink, fontSize: 20, breakLine: true } },
    { text: 'November: 96 mm', options: { ...text, color: COLORS.text, fontSize: 20, breakLine: true, paraSpaceAfter: 18 } },
    { text: 'Driest month', options: { ...text, bold: true, color: COLORS.heat, fontSize: 20, breakLine: true } },
    { text: 'July: 41 mm', options: { ...text, color: COLORS.text, fontSize: 20 } },
  ], { x: 9.4, y: 2.3, w: 3.3, h: 2.8, fill: { color: COLORS.pale }, margin: 14, valign: 'middle' });

  addBulletSlide(pres, STYLE, 'Collection: back to the start', [
    'Rain runs off hills into streams and rivers (runoff)',
    'Some soaks into the ground and becomes groundwater',
    'Rivers carry the water back to lakes and the sea',
    'Snow and ice can store water for thousands of years',
  ], 'The last stage is collection. Some rain runs over the surface into streams and rivers, and some soaks slowly into the soil to become groundwater. Snow on mountains can stay frozen for months, and ice in glaciers can stay for thousands of years before it melts. Sooner or later, though, the water reaches the sea and the whole cycle begins again.');

  const quiz = addLessonSlide(pres, STYLE, 'Quick quiz',
    'Time for a quick quiz, and no peeking at your notes! Write your answers on your mini whiteboards, and we will check them together in two minutes. If you get stuck on question three, think back to the glass of juice from earlier.');
  quiz.addText([
    'What gives the water cycle its energy?',
    'What do we call liquid water turning into vapour?',
    'Why does a cold drink get wet on the outside on a warm day?',
    'Which month was the wettest in Riverton?',
  ].map((q) => ({ text: q, options: { ...text, bullet: { type: 'number' as const, indent: 32 }, fontSize: 28, color: COLORS.text, paraSpaceAfter: 18, breakLine: true } })), { placeholder: 'body' });

  const answers = addLessonSlide(pres, STYLE, 'Quiz answers (teacher only)',
    'This slide is just for me, so it stays hidden during the lesson. The answers are the sun, evaporation, condensation on the cold glass, and November. If most of the class got question three wrong, spend five more minutes on condensation before moving on.');
  answers.addText(['1.  The sun', '2.  Evaporation', '3.  Water vapour in the air condenses on the cold glass', '4.  November (96 mm)'].map((a) => ({
    text: a, options: { ...text, fontSize: 28, color: COLORS.text, paraSpaceAfter: 18, breakLine: true },
  })), { placeholder: 'body' });
  answers.hidden = true;

  addBulletSlide(pres, STYLE, 'Summary', [
    'The sun powers the water cycle',
    'Evaporation, condensation, precipitation, collection, and round again',
    "Most of Earth's water is salty ocean water",
    'Rainfall changes from month to month',
  ], "Let's sum up what we have learned today. The sun drives the water cycle, moving water from the sea into the air, into clouds, and back down as rain or snow. The same water has been going round and round for billions of years, so the water in your glass may once have fallen on a dinosaur! If you want to explore more at home, have a look at the interactive diagram at https://www.usgs.gov/special-topics/water-science-school/science/water-cycle.");

  return pres;
}
