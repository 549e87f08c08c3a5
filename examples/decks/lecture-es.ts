// "El ciclo del agua": a shorter Spanish version of the lesson (5 slides) with Spanish notes.
import PptxGenJS from 'pptxgenjs';
import type { ArtAssets } from '../lib/art-assets.js';
import { addBulletSlide, addDiagram, addLessonSlide, addTitleSlide } from '../lib/slides.js';
import { baseText, COLORS, defineMasters, type DeckStyle } from '../lib/theme.js';

const STYLE: DeckStyle = { lang: 'es-ES', rtl: false, headFont: 'Calibri', bodyFont: 'Calibri', footer: 'El ciclo del agua  ·  Ciencias, 1.º de ESO' };

export function buildLectureEs(art: ArtAssets): PptxGenJS {
  const pres = new PptxGenJS();
  pres.layout = 'LAYOUT_WIDE';
  pres.title = 'El ciclo del agua';
  pres.subject = 'Ciencias, 1.º de ESO: cómo se mueve el agua por nuestro planeta';
  pres.author = 'deck2video examples';
  pres.company = 'deck2video';
  pres.theme = { headFontFace: STYLE.headFont, bodyFontFace: STYLE.bodyFont };
  defineMasters(pres, STYLE);
  const text = baseText(STYLE);

  addTitleSlide(pres, STYLE, 'El ciclo del agua', 'Cómo se mueve el agua por nuestro planeta\nCiencias, 1.º de ESO',
    'Hola a todos y bienvenidos a la clase de hoy. Vamos a seguir el viaje de una gota de agua alrededor de nuestro planeta. Al final de la clase sabréis explicar de dónde viene la lluvia.');

  addBulletSlide(pres, STYLE, 'Las cuatro etapas', [
    'Evaporación: el sol calienta el agua y esta sube como vapor',
    'Condensación: el vapor se enfría y forma las nubes',
    'Precipitación: las gotas caen como lluvia, nieve o granizo',
    'Recogida: el agua vuelve a los ríos, los lagos y el mar',
  ], 'El agua de nuestro planeta nunca se queda quieta. Pasa por cuatro etapas que se repiten una y otra vez: evaporación, condensación, precipitación y recogida. Vamos a verlas una por una, así que apuntad bien estos cuatro nombres.');

  const overview = addLessonSlide(pres, STYLE, 'El ciclo de un vistazo',
    'En esta imagen podéis ver todo el viaje de una vez. El sol calienta el mar y el agua sube al aire como vapor invisible. [pause 1s] Arriba, el vapor se enfría, forma nubes y vuelve a caer sobre las montañas. Después, los ríos llevan el agua otra vez hasta el mar.');
  addDiagram(overview, pres, STYLE, art.diagramPng,
    { evaporation: 'Evaporación', condensation: 'Condensación', precipitation: 'Precipitación', collection: 'Recogida' },
    'Esquema del ciclo del agua: el sol calienta el mar, el vapor sube, se forman nubes, llueve sobre las montañas y un río vuelve al mar.');

  const table = addLessonSlide(pres, STYLE, '¿Dónde está el agua de la Tierra?',
    'Fijaos en la primera fila de la tabla. Casi toda el agua del planeta, un 96,5 por ciento, es agua salada de los océanos. La mayor parte del agua dulce está congelada en los glaciares o escondida bajo tierra.');
  const head = { ...text, bold: true, color: COLORS.white, fill: { color: COLORS.ink } };
  const rows: [string, string][] = [
    ['Océanos', '96,5 %'],
    ['Hielo y glaciares', '1,7 %'],
    ['Aguas subterráneas', '1,7 %'],
    ['Lagos y ríos', '0,01 %'],
  ];
  table.addTable(
    [
      [{ text: 'Dónde está el agua', options: head }, { text: 'Parte del total', options: { ...head, align: 'right' } }],
      ...rows.map((r, i) => {
        const cell = { ...text, color: COLORS.text, fill: { color: i % 2 ? COLORS.white : COLORS.pale } };
        return [{ text: r[0], options: cell }, { text: r[1], options: { ...cell, align: 'right' as const } }];
      }),
    ],
    { x: 2.2, y: 1.9, w: 8.9, colW: [5.6, 3.3], rowH: 0.75, fontSize: 24, valign: 'middle', border: { type: 'solid', pt: 1, color: 'BFD7EA' }, margin: [4, 12, 4, 12] },
  );

  addBulletSlide(pres, STYLE, 'Resumen', [
    'El sol es el motor del ciclo del agua',
    'Evaporación, condensación, precipitación y recogida',
    'Casi toda el agua de la Tierra es salada',
  ], 'Resumamos lo que hemos aprendido hoy. El sol es el motor del ciclo del agua y mueve el agua del mar al aire, a las nubes y de vuelta a la tierra. ¡El agua que bebéis hoy puede haber caído hace millones de años sobre un dinosaurio!');

  return pres;
}
