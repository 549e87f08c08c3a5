// "دورة الماء": a short Arabic version of the lesson (4 slides), right-to-left, with Arabic notes.
import PptxGenJS from 'pptxgenjs';
import type { ArtAssets } from '../lib/art-assets.js';
import { addBulletSlide, addDiagram, addLessonSlide, addTitleSlide } from '../lib/slides.js';
import { defineMasters, type DeckStyle } from '../lib/theme.js';

const STYLE: DeckStyle = { lang: 'ar-SA', rtl: true, headFont: 'Noto Kufi Arabic', bodyFont: 'Noto Naskh Arabic', footer: 'دورة الماء  ·  العلوم، الصف السابع' };

export function buildLectureAr(art: ArtAssets): PptxGenJS {
  const pres = new PptxGenJS();
  pres.layout = 'LAYOUT_WIDE';
  pres.rtlMode = true;
  pres.title = 'دورة الماء';
  pres.subject = 'العلوم، الصف السابع: كيف ينتقل الماء حول كوكبنا';
  pres.author = 'deck2video examples';
  pres.company = 'deck2video';
  pres.theme = { headFontFace: STYLE.headFont, bodyFontFace: STYLE.bodyFont };
  defineMasters(pres, STYLE);

  addTitleSlide(pres, STYLE, 'دورة الماء', 'كيف ينتقل الماء حول كوكبنا\nالعلوم، الصف السابع',
    'صباح الخير جميعًا، وأهلًا بكم في درس اليوم. سنتابع معًا رحلة قطرة ماء حول كوكبنا. في نهاية الدرس ستعرفون من أين يأتي المطر.');

  addBulletSlide(pres, STYLE, 'مراحل دورة الماء', [
    'التبخر: تسخّن الشمس الماء فيصعد بخارًا إلى الهواء',
    'التكاثف: يبرد البخار فيتحول إلى قطرات صغيرة تكوّن الغيوم',
    'الهطول: تسقط القطرات مطرًا أو ثلجًا أو بَرَدًا',
    'التجمع: يعود الماء إلى الأنهار والبحيرات والبحار',
  ], 'للماء رحلة طويلة لا تتوقف أبدًا. تبدأ الرحلة عندما تسخّن الشمس مياه البحار فيتبخر جزء منها. ثم يبرد البخار في الأعلى ويتكاثف ليكوّن الغيوم. وعندما تثقل القطرات تسقط على الأرض وتعود إلى البحر.');

  const overview = addLessonSlide(pres, STYLE, 'دورة الماء في صورة واحدة',
    'هذه الصورة تلخّص الرحلة كلها. انظروا إلى الأسهم البرتقالية فوق البحر، فهي تمثّل التبخر. [pause 1s] وفوق الجبال ترون الغيمة الرمادية وهي تمطر، ثم يحمل النهر الماء عائدًا إلى البحر.');
  addDiagram(overview, pres, STYLE, art.diagramPng,
    { evaporation: 'التبخر', condensation: 'التكاثف', precipitation: 'الهطول', collection: 'التجمع' },
    'رسم لدورة الماء: الشمس تسخّن البحر، والبخار يصعد، وتتكون الغيوم، وتمطر فوق الجبال، ويعود النهر إلى البحر.');

  addBulletSlide(pres, STYLE, 'الخلاصة', [
    'الشمس هي مصدر الطاقة لدورة الماء',
    'تبخر، ثم تكاثف، ثم هطول، ثم تجمع',
    'الماء نفسه يدور حول الأرض منذ ملايين السنين',
  ], 'لنلخّص ما تعلمناه اليوم. الشمس هي المحرّك الذي يدفع دورة الماء. والماء الذي نشربه اليوم هو نفسه الماء الذي كان على الأرض منذ ملايين السنين. أحسنتم جميعًا، وإلى اللقاء في الدرس القادم.');

  return pres;
}
