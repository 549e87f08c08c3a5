import assert from 'node:assert/strict';
import { Package } from '../../converter/deck/pptx/package.js';
import { resolveTarget, relsPartOf } from '../../converter/deck/pptx/part-names.js';
import { openPackage } from '../../converter/deck/pptx/open-package.js';
import { buildDeck } from '../helpers/pptx-fixture.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function rels(...items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

const CONTENT_TYPES = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="xml" ContentType="application/xml"/><Default Extension="PNG" ContentType="image/png"/>
<Override PartName="/ppt/Slides/Slide1.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/></Types>`;

function samplePackage(): Package {
  return Package.fromFiles({
    '[Content_Types].xml': CONTENT_TYPES,
    'ppt/slides/slide1.xml': '<p:sld xmlns:p="p"><p:cSld/></p:sld>',
    'ppt/media/image 1.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    'ppt/slides/_rels/slide1.xml.rels': rels(
      `<Relationship Id="rId1" Type="${REL}/image" Target="../media/image%201.png"/>`,
      `<Relationship Id="rId2" Type="${REL}/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>`,
      `<Relationship Id="rId3" Type="${REL}/image" Target="http://127.0.0.1:9/x.png" TargetMode="External"/>`,
      `<Relationship Id="rId4" Type="${REL}/image" Target="../../../etc/passwd"/>`,
      `<Relationship Id="rId5" Type="${REL}/image" Target="..\\media\\image1.png"/>`,
      `<Relationship Id="rId6" Type="${REL}/image" Target="file:///etc/passwd"/>`,
      `<Relationship Id="rId7" Type="${REL}/image" Target="C:/Windows/win.ini"/>`,
      `<Relationship Id="rId8" Type="${REL}/image" Target="/PPT/MEDIA/IMAGE 1.PNG"/>`,
    ),
    'ppt/slides/slide2.xml': '<!DOCTYPE x [<!ENTITY a "aaaa">]><p:sld xmlns:p="p">&a;</p:sld>',
    'ppt/slides/slide3.xml': '<p:sld xmlns:p="p"',
    'ppt/notes.txt': new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0xe9, 0x00]),
  });
}

describe('deck/pptx/package', () => {
  it('names parts absolutely, percent-decoded, looked up case-insensitively', () => {
    const pkg = samplePackage();
    assert.ok(pkg.parts.includes('/ppt/media/image 1.png'));
    assert.equal(pkg.has('/PPT/Slides/SLIDE1.XML'), true);
    assert.equal(pkg.partName('/PPT/Slides/SLIDE1.XML'), '/ppt/slides/slide1.xml');
    assert.deepEqual(pkg.bytes('/ppt/media/IMAGE 1.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    assert.equal(pkg.has('/ppt/slides/slide9.xml'), false);
  });

  it('gives content types from overrides and (case-insensitive) defaults', () => {
    const pkg = samplePackage();
    assert.equal(pkg.contentType('/ppt/slides/slide1.xml'), 'application/vnd.openxmlformats-officedocument.presentationml.slide+xml');
    assert.equal(pkg.contentType('/ppt/media/image 1.png'), 'image/png');
    assert.equal(pkg.contentType('/ppt/slides/slide2.xml'), 'application/xml');
    assert.equal(pkg.contentType('/ppt/noext'), undefined);
  });

  it('resolves relationships; external ones stay text; path tricks are dropped with a warning', () => {
    const pkg = samplePackage();
    const list = pkg.rels('/ppt/slides/slide1.xml');
    assert.deepEqual(list, [
      { id: 'rId1', type: `${REL}/image`, target: '/ppt/media/image 1.png', external: false },
      { id: 'rId2', type: `${REL}/slideLayout`, target: '/ppt/slideLayouts/slideLayout1.xml', external: false },
      { id: 'rId3', type: `${REL}/image`, target: 'http://127.0.0.1:9/x.png', external: true },
      { id: 'rId8', type: `${REL}/image`, target: '/PPT/MEDIA/IMAGE 1.PNG', external: false },
    ]);
    assert.deepEqual(pkg.warnings, [
      'ignored relationship rId4 of /ppt/slides/slide1.xml: target "../../../etc/passwd" is not inside the package',
      'ignored relationship rId5 of /ppt/slides/slide1.xml: target "..\\media\\image1.png" is not inside the package',
      'ignored relationship rId6 of /ppt/slides/slide1.xml: target "file:///etc/passwd" is not inside the package',
      'ignored relationship rId7 of /ppt/slides/slide1.xml: target "C:/Windows/win.ini" is not inside the package',
    ]);
    assert.equal(pkg.target('/ppt/slides/slide1.xml', 'rId1'), '/ppt/media/image 1.png');
    assert.equal(pkg.target('/ppt/slides/slide1.xml', 'rId8'), '/ppt/media/image 1.png');
    assert.equal(pkg.target('/ppt/slides/slide1.xml', 'rId3'), undefined);
    assert.deepEqual(pkg.relsOfType('/ppt/slides/slide1.xml', '/slideLayout').map((r) => r.id), ['rId2']);
    assert.deepEqual(pkg.rel('/ppt/slides/slide1.xml', 'rId3')?.external, true);
    assert.deepEqual(pkg.rels('/ppt/slides/slide2.xml'), []);
  });

  it('warns once per missing target or relationship', () => {
    const pkg = samplePackage();
    pkg.rels('/ppt/slides/slide1.xml');
    const before = pkg.warnings.length;
    assert.equal(pkg.target('/ppt/slides/slide1.xml', 'rId2'), undefined);
    assert.equal(pkg.target('/ppt/slides/slide1.xml', 'rId2'), undefined);
    assert.equal(pkg.target('/ppt/slides/slide1.xml', 'rId99'), undefined);
    assert.deepEqual(pkg.warnings.slice(before), [
      'missing part /ppt/slideLayouts/slideLayout1.xml (from /ppt/slides/slide1.xml): element skipped',
      'missing relationship rId99 in /ppt/slides/slide1.xml: element skipped',
    ]);
  });

  it('parses XML once, refuses DTDs and malformed parts with one warning each', () => {
    const pkg = samplePackage();
    const a = pkg.xml('/ppt/slides/slide1.xml');
    assert.equal(a?.name, 'p:sld');
    assert.equal(pkg.xml('/ppt/slides/slide1.xml'), a);
    assert.equal(pkg.xml('/ppt/slides/slide2.xml'), undefined);
    assert.equal(pkg.xml('/ppt/slides/slide2.xml'), undefined);
    assert.equal(pkg.xml('/ppt/slides/slide3.xml'), undefined);
    assert.equal(pkg.xml('/ppt/slides/slide4.xml'), undefined);
    assert.deepEqual(pkg.warnings.filter((w) => !w.startsWith('ignored')), [
      'skipped part /ppt/slides/slide2.xml: XML with a DTD (not allowed in Office files)',
      pkg.warnings.find((w) => w.startsWith('skipped part /ppt/slides/slide3.xml: malformed XML')),
      'missing part /ppt/slides/slide4.xml: skipped',
    ]);
  });

  it('decodes UTF-16 text with a byte-order mark', () => {
    assert.equal(samplePackage().text('/ppt/notes.txt'), 'hé');
  });

  it('resolves targets against the source folder, and the package root for "/"', () => {
    assert.equal(resolveTarget('/', 'ppt/presentation.xml'), '/ppt/presentation.xml');
    assert.equal(resolveTarget('/ppt/slides/slide1.xml', '../media/a.png#frag'), '/ppt/media/a.png');
    assert.equal(resolveTarget('/ppt/slides/slide1.xml', './slide2.xml'), '/ppt/slides/slide2.xml');
    assert.equal(resolveTarget('/ppt/slides/slide1.xml', '//host/share/x'), undefined);
    assert.equal(resolveTarget('/ppt/slides/slide1.xml', '../x%00.png'), undefined);
    assert.equal(relsPartOf('/ppt/slides/slide1.xml'), '/ppt/slides/_rels/slide1.xml.rels');
    assert.equal(relsPartOf('/'), '/_rels/.rels');
  });

  it('opens a real pptxgenjs deck: package relationships, slides, media', async () => {
    const bytes = await buildDeck((pres) => {
      pres.addSlide().addText('x', { x: 1, y: 1, w: 2, h: 1 });
    });
    const pkg = await openPackage(bytes);
    assert.equal(pkg.target('/', pkg.relsOfType('/', '/officeDocument')[0].id), '/ppt/presentation.xml');
    assert.equal(pkg.contentType('/ppt/presentation.xml'), 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml');
    assert.deepEqual(pkg.relsOfType('/ppt/presentation.xml', '/slide').map((r) => r.target), ['/ppt/slides/slide1.xml']);
    assert.deepEqual(pkg.warnings, []);
  });
});
