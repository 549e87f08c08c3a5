/** Decks for the illustrate tests, built as Deck models (the stage reads nothing else). */
import type { Deck, Slide, Theme } from '../../converter/deck/model.js';

export const OFFICE_THEME: Theme = {
  name: 'Office Theme',
  colors: {
    dk1: '000000',
    lt1: 'FFFFFF',
    dk2: '44546A',
    lt2: 'E7E6E6',
    accent1: '4472C4',
    accent2: 'ED7D31',
    accent3: 'A5A5A5',
    accent4: 'FFC000',
    accent5: '5B9BD5',
    accent6: '70AD47',
    hlink: '0563C1',
    folHlink: '954F72',
  },
  fonts: { major: { latin: 'Calibri Light', ea: '', cs: '' }, minor: { latin: 'Calibri', ea: '', cs: '' } },
};

/** A dark-green, serif theme: everything about it differs from Office. */
export const FOREST_THEME: Theme = {
  name: 'Forest',
  colors: {
    dk1: '1B2A1F',
    lt1: 'FBFAF5',
    dk2: '2F4A35',
    lt2: 'E8EFE4',
    accent1: '2E7D32',
    accent2: 'C0652B',
    accent3: '8E8E8E',
    accent4: '6D4C9F',
    accent5: '1E88A8',
    accent6: 'B8A21E',
    hlink: '1E88A8',
    folHlink: '6D4C9F',
  },
  fonts: { major: { latin: 'Cambria', ea: '', cs: '' }, minor: { latin: 'Cambria', ea: '', cs: '' } },
};

export interface SlideText {
  title: string;
  notes: string;
  hidden?: boolean;
}

export function makeDeck(slides: SlideText[], opts: { lang?: string; theme?: Theme; title?: string } = {}): Deck {
  return {
    source: { format: 'pptx', name: 'fixture.pptx' },
    size: { width: 12192000, height: 6858000 },
    title: opts.title ?? slides[0]?.title ?? '',
    lang: opts.lang ?? '',
    theme: opts.theme ?? OFFICE_THEME,
    slides: slides.map((s, i): Slide => ({
      index: i + 1,
      id: 256 + i,
      hidden: s.hidden ?? false,
      title: s.title,
      text: s.title,
      notes: s.notes,
      layoutName: 'Title and Content',
      background: { type: 'solid', color: { hex: 'FFFFFF', alpha: 1 } },
      elements: [],
    })),
    media: new Map(),
    warnings: [],
  };
}

/** A short science lesson used across the tests (English). */
export const WATER_LESSON: SlideText[] = [
  {
    title: 'Photosynthesis',
    notes: 'Today we look at photosynthesis. Plants use sunlight, water and carbon dioxide to make glucose. The oxygen we breathe is a by-product of photosynthesis.',
  },
  {
    title: 'The water cycle',
    notes: 'Water moves around the planet all the time. First, the sun heats the sea. Then the vapour rises and cools into clouds. Finally, rain falls and rivers carry it back.',
  },
  {
    title: 'Plant cells vs animal cells',
    notes: 'Plant cells have a cell wall and chloroplasts. Animal cells have neither, but both have a nucleus.',
  },
  {
    title: 'Why it matters',
    notes: 'About 70% of the oxygen in the air comes from ocean plants like algae. Forests store carbon and cool the planet.',
  },
];
