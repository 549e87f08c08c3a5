import assert from 'node:assert/strict';
import { analyzeDeck, deckKeyphrases } from '../../converter/illustrate/keyphrases.js';

const texts = (lang: string, docs: { title: string; notes: string }[]) => deckKeyphrases(docs, lang, 4).map((ps) => ps.map((p) => p.text));

describe('illustrate/keyphrases', () => {
  it('English: the title concept first, then the multi-word term the notes repeat', () => {
    const r = texts('en', [
      {
        title: 'Photosynthesis',
        notes: 'Today we look at photosynthesis. Plants use sunlight, water and carbon dioxide to make glucose. Carbon dioxide comes from the air. The oxygen we breathe is a by-product of photosynthesis.',
      },
      { title: 'The water cycle', notes: 'Water evaporates from the oceans, condenses into clouds and falls back as rain. The water cycle moves fresh water around the planet.' },
    ]);
    assert.deepEqual(r[0]!.slice(0, 2), ['Photosynthesis', 'carbon dioxide']);
    assert.deepEqual(r[1]!.slice(0, 1), ['water cycle']);
    // Classroom filler ("today", "look") and stop words never become key phrases.
    assert.ok(r.flat().every((p) => !/\b(today|look|the|we)\b/i.test(p)), r.flat().join(' | '));
  });

  it('Spanish: genitive phrases stay whole ("ciclo del agua", "dióxido de carbono")', () => {
    const r = texts('es', [
      {
        title: 'La fotosíntesis',
        notes: 'Hoy vamos a ver la fotosíntesis. Las plantas usan la luz del sol, el agua y el dióxido de carbono para fabricar glucosa. El dióxido de carbono viene del aire.',
      },
      { title: 'El ciclo del agua', notes: 'El agua se evapora de los océanos, se condensa en nubes y cae como lluvia. El ciclo del agua mueve el agua dulce por el planeta.' },
    ]);
    assert.deepEqual(r[0]!.slice(0, 2), ['fotosíntesis', 'dióxido de carbono']);
    assert.deepEqual(r[1]!.slice(0, 1), ['ciclo del agua']);
  });

  it("French: elided articles and de/du phrases (\"cycle de l'eau\")", () => {
    const r = texts('fr', [
      {
        title: 'La photosynthèse',
        notes: "Aujourd'hui nous étudions la photosynthèse. Les plantes utilisent la lumière du soleil, l'eau et le dioxyde de carbone pour fabriquer du glucose. Le dioxyde de carbone vient de l'air.",
      },
      { title: "Le cycle de l'eau", notes: "L'eau s'évapore des océans, se condense en nuages et retombe en pluie. Le cycle de l'eau déplace l'eau douce sur la planète." },
    ]);
    assert.deepEqual(r[0]!.slice(0, 2), ['photosynthèse', 'dioxyde de carbone']);
    assert.deepEqual(r[1]!.slice(0, 1), ["cycle de l'eau"]);
  });

  it('Hindi: Devanagari words stay whole and postpositions are stop words', () => {
    const r = texts('hi', [
      {
        title: 'प्रकाश संश्लेषण',
        notes: 'आज हम प्रकाश संश्लेषण के बारे में सीखेंगे। पौधे सूरज की रोशनी, पानी और कार्बन डाइऑक्साइड से भोजन बनाते हैं। कार्बन डाइऑक्साइड हवा से आती है।',
      },
      { title: 'जल चक्र', notes: 'समुद्र का पानी भाप बनकर बादल बनता है और फिर बारिश के रूप में गिरता है। जल चक्र पानी को पूरी पृथ्वी पर घुमाता है।' },
    ]);
    assert.deepEqual(r[0]!.slice(0, 2), ['प्रकाश संश्लेषण', 'कार्बन डाइऑक्साइड']);
    assert.deepEqual(r[1]!.slice(0, 1), ['जल चक्र']);
  });

  it('Arabic: the article and diacritics do not split counts ("الماء" = "والماء")', () => {
    const r = texts('ar', [
      {
        title: 'التمثيل الضوئي',
        notes: 'اليوم سنتعلم عن التمثيل الضوئي. تستخدم النباتات ضوء الشمس والماء وثاني أكسيد الكربون لصنع الغذاء. يأتي ثاني أكسيد الكربون من الهواء.',
      },
      { title: 'دورة الماء', notes: 'يتبخر الماء من المحيطات ويتكثف في السحب ثم يسقط مطرا. دورة الماء تنقل الماء العذب حول الكوكب.' },
    ]);
    assert.deepEqual(r[0]!.slice(0, 2), ['التمثيل الضوئي', 'أكسيد الكربون']);
    assert.deepEqual(r[1]!.slice(0, 1), ['دورة الماء']);
    // "اليوم" (today) and "سنتعلم" (we will learn) are classroom filler.
    assert.ok(r.flat().every((p) => !p.includes('اليوم') && !p.includes('سنتعلم')), r.flat().join(' | '));
  });

  it('scores across the deck: a word every slide uses weighs less than one this slide owns', () => {
    const [a] = analyzeDeck(
      [
        { title: 'Volcanoes', notes: 'Magma rises through the crust. Volcanoes shape the land.' },
        { title: 'Rivers', notes: 'Rivers shape the land and carry soil to the sea.' },
        { title: 'Glaciers', notes: 'Glaciers shape the land as they slowly move.' },
      ],
      'en',
    );
    assert.ok(a!.scores.get('magma')! > a!.scores.get('land')!, JSON.stringify([...a!.scores]));
    assert.ok(a!.scores.get('volcanoe')! > a!.scores.get('magma')!, 'title words count three times');
  });
});
