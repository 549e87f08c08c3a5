/**
 * Hostile and broken inputs: each must end in BAD_INPUT (exit 3) with its exact one-line message, or be
 * repaired with a warning — and never touch the network or the file system on the deck's behalf.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeSync, mkdtempSync, openSync, rmSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { ConvertError } from '../../converter/errors.js';
import { readDeck } from '../../converter/deck/read-deck.js';
import { openPackage } from '../../converter/deck/pptx/open-package.js';
import { buildDeck, editZip } from '../helpers/pptx-fixture.js';
import { deflated, writeZip, zeroBomb } from '../helpers/zip-writer.js';

const DAMAGED = 'this file is damaged or not a complete PowerPoint file; open it in PowerPoint, save it again as .pptx and retry';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function refused(work: Promise<unknown>, message: string, code = 'BAD_INPUT'): Promise<void> {
  await assert.rejects(work, (e: unknown) => {
    assert.ok(e instanceof ConvertError, `not a ConvertError: ${String(e)}`);
    assert.equal(e.code, code);
    assert.equal(e.exitCode, code === 'BAD_INPUT' ? 3 : 2);
    assert.equal(e.message, message);
    assert.ok(!e.message.includes('\n'));
    return true;
  });
}

const read = (bytes: Uint8Array, limits = {}) => readDeck({ bytes, name: 'x.pptx' }, { limits });

function oleFile(...streamNames: string[]): Uint8Array {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  // A directory sector: 128-byte entries whose first 64 bytes are the UTF-16LE stream name.
  const dir = Buffer.concat(streamNames.map((n) => Buffer.concat([Buffer.from(n, 'utf16le'), Buffer.alloc(128 - n.length * 2)])));
  return Buffer.concat([header, Buffer.alloc(504), dir]);
}

function plainDeck(): Promise<Uint8Array> {
  return buildDeck((pres) => void pres.addSlide().addText('hello', { x: 1, y: 1, w: 3, h: 1 }));
}

describe('deck: hostile and broken inputs', () => {
  it('stops a zip bomb by the bytes inflated, not the size the header claims, fast and in bounded memory', async () => {
    // 300 MB of zeros in ~300 KB; the headers claim 1000 bytes.
    const bomb = writeZip([{ name: 'ppt/slides/slide1.xml', data: zeroBomb(300), method: 8, uncompressedSize: 1000 }]);
    const rss0 = process.memoryUsage().rss;
    const cpu0 = process.cpuUsage();
    await refused(read(bomb), 'the deck is too large to read safely (/ppt/slides/slide1.xml alone unpacks to over 128 MB); compress its pictures (File > Compress Pictures), save and try again');
    const cpu = process.cpuUsage(cpu0);
    const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
    const grewMb = (process.memoryUsage().rss - rss0) / 1048576;
    console.log(`      zip bomb refused in ${cpuMs} ms of CPU, RSS grew ${grewMb.toFixed(0)} MB`);
    // CPU time, not wall time: the bound is about the work done (stopping at 128 MB, not inflating 300),
    // not about how busy the shared machine is.
    assert.ok(cpuMs < 15000, `took ${cpuMs} ms of CPU`);
    assert.ok(grewMb < 400, `RSS grew ${grewMb} MB`);
  });

  it('caps the total inflated size across parts', async () => {
    const parts = [1, 2, 3].map((i) => ({ name: `ppt/media/image${i}.png`, data: zeroBomb(4), method: 8 as const, uncompressedSize: 4 << 20 }));
    await refused(read(writeZip(parts), { maxTotalBytes: 8 << 20 }), 'the deck is too large to read safely (its contents unpack to over 8 MB); compress its pictures (File > Compress Pictures), save and try again');
  });

  it('refuses too many entries from the directory record, before walking it', async () => {
    const entries = Array.from({ length: 10001 }, (_, i) => ({ name: `f${i}`, data: new Uint8Array(0), method: 0 as const, uncompressedSize: 0 }));
    await refused(read(writeZip(entries)), 'the file has 10001 entries, over the limit of 10000; this is not a normal PowerPoint deck — open it in PowerPoint, save it as .pptx and try again');
  });

  it('refuses files over the input size limit before reading them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'd2v-big-'));
    try {
      const file = join(dir, 'big.pptx');
      const fd = openSync(file, 'w');
      ftruncateSync(fd, 3 * 1048576); // sparse: 3 MB that cost nothing
      closeSync(fd);
      await refused(readDeck({ path: file }, { limits: { maxInputBytes: 2 * 1048576 } }), 'the file is 3 MB, over the 2 MB limit; compress its pictures (File > Compress Pictures) or remove embedded videos, save and try again');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never expands entities: a DTD in presentation.xml refuses the deck, in a slide skips that slide', async () => {
    const laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>';
    const base = await plainDeck();
    await refused(read(await editZip(base, { 'ppt/presentation.xml': (x) => x.replace('<p:presentation', `${laughs}<p:presentation`) })), DAMAGED);
    const deck = await read(await editZip(base, { 'ppt/slides/slide1.xml': (x) => x.replace('<p:sld', `${laughs}<p:sld`).replace('hello', '&lol2;') }));
    assert.equal(deck.slides.length, 1);
    assert.equal(deck.slides[0].text, '');
    assert.ok(deck.warnings.includes('skipped part /ppt/slides/slide1.xml: XML with a DTD (not allowed in Office files)'));
  });

  describe('external relationships', () => {
    let server: Server;
    let requests = 0;
    let port = 0;
    before(async () => {
      server = createServer((_req, res) => {
        requests++;
        res.end('x');
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
      port = (server.address() as AddressInfo).port;
    });
    after(() => new Promise<void>((r) => server.close(() => r())));

    it('never fetches an http picture nor reads a file:// one', async () => {
      const pic = (id: number, rid: string) =>
        `<p:pic><p:nvPicPr><p:cNvPr id="${id}" name="p${id}"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:link="${rid}" r:embed="${rid}"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>`;
      const bytes = await editZip(await plainDeck(), {
        'ppt/slides/slide1.xml': (x) => x.replace('</p:spTree>', `${pic(20, 'rIdWeb')}${pic(21, 'rIdFile')}</p:spTree>`),
        'ppt/slides/_rels/slide1.xml.rels': (x) =>
          x.replace(
            '</Relationships>',
            `<Relationship Id="rIdWeb" Type="${REL}/image" Target="http://127.0.0.1:${port}/pic.png" TargetMode="External"/>` +
              `<Relationship Id="rIdFile" Type="${REL}/image" Target="file:///etc/passwd" TargetMode="External"/></Relationships>`,
          ),
      });
      const deck = await read(bytes);
      await new Promise((r) => setTimeout(r, 200)); // give any stray request time to arrive
      assert.equal(requests, 0);
      assert.equal(deck.slides.length, 1);
      assert.equal([...deck.media.keys()].some((k) => k.includes('passwd') || k.includes('http')), false);
      assert.equal(JSON.stringify(deck.slides).includes('root:'), false);
      const pkg = await openPackage(bytes);
      assert.deepEqual(
        pkg.rels('/ppt/slides/slide1.xml').filter((r) => r.external).map((r) => [r.id, r.target]),
        [['rIdWeb', `http://127.0.0.1:${port}/pic.png`], ['rIdFile', 'file:///etc/passwd']],
      );
      assert.equal(pkg.target('/ppt/slides/slide1.xml', 'rIdFile'), undefined);
    });
  });

  it('ignores path tricks in zip entry names and relationship targets', async () => {
    const base = await JSZip.loadAsync(await plainDeck());
    const entries: { name: string; data: Uint8Array; method: 8; uncompressedSize: number }[] = [];
    for (const f of Object.values(base.files)) {
      if (f.dir) continue;
      let text = await f.async('string');
      if (f.name === 'ppt/slides/_rels/slide1.xml.rels') {
        text = text.replace(
          '</Relationships>',
          `<Relationship Id="rIdUp" Type="${REL}/image" Target="../../../../etc/passwd"/><Relationship Id="rIdAbs" Type="${REL}/image" Target="/etc/passwd"/><Relationship Id="rIdBack" Type="${REL}/image" Target="..\\..\\evil.png"/></Relationships>`,
        );
      }
      entries.push({ name: f.name, data: deflated(text), method: 8, uncompressedSize: Buffer.byteLength(text) });
    }
    entries.push({ name: '../../evil.txt', data: deflated('evil'), method: 8, uncompressedSize: 4 });
    entries.push({ name: 'C:\\evil.txt', data: deflated('evil'), method: 8, uncompressedSize: 4 });
    const pkg = await openPackage(writeZip(entries));
    assert.deepEqual(pkg.parts.filter((p) => p.includes('evil')), []);
    assert.deepEqual(pkg.rels('/ppt/slides/slide1.xml').filter((r) => r.id.startsWith('rId') && r.id.length > 4).map((r) => r.target), ['/etc/passwd']);
    assert.equal(pkg.target('/ppt/slides/slide1.xml', 'rIdAbs'), undefined); // a part name, not a file: absent
    assert.deepEqual(pkg.warnings, [
      'ignored 2 zip entries whose name points outside the package',
      'ignored relationship rIdUp of /ppt/slides/slide1.xml: target "../../../../etc/passwd" is not inside the package',
      'ignored relationship rIdBack of /ppt/slides/slide1.xml: target "..\\..\\evil.png" is not inside the package',
      'missing part /etc/passwd (from /ppt/slides/slide1.xml): element skipped',
    ]);
  });

  it('tells a password-protected deck from a PowerPoint 97-2003 file (OLE containers)', async () => {
    await refused(read(oleFile('Root Entry', 'EncryptionInfo', 'EncryptedPackage')), 'this deck is password-protected; save an unprotected copy (File > Info > Protect Presentation) and try again');
    await refused(read(oleFile('Root Entry', 'PowerPoint Document', 'Current User')), 'this is a PowerPoint 97-2003 .ppt file; open it in PowerPoint and save it as .pptx (File > Save As), then try again');
    await refused(read(oleFile('Root Entry', 'WordDocument')), 'this is a Word 97-2003 document, not a presentation; give a PowerPoint .pptx file');
  });

  it('says a truncated zip or a broken central directory is damaged', async () => {
    const ok = await plainDeck();
    await refused(read(ok.subarray(0, Math.floor(ok.length * 0.6))), DAMAGED);
    const broken = Uint8Array.from(ok);
    const eocd = Buffer.from(broken).lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const dirAt = Buffer.from(broken).readUInt32LE(eocd + 16);
    broken.fill(0x41, dirAt, dirAt + 8);
    await refused(read(broken), DAMAGED);
  });

  it('says a truncated chart deck is damaged, not the Excel workbook stored inside it', async () => {
    const deck = await buildDeck((pres) => void pres.addSlide().addChart('bar', [{ name: 'A', labels: ['x', 'y'], values: [1, 2] }], { x: 1, y: 1, w: 5, h: 3 }));
    // Cut just after the embedded workbook's own end-of-directory record, and a little later.
    const inner = Buffer.from(deck).indexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    assert.ok(inner > 0 && inner < Buffer.from(deck).lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])), 'the fixture stores a workbook zip inside the deck');
    for (const end of [inner + 22, inner + 500, deck.length - 30]) await refused(read(deck.subarray(0, end)), DAMAGED);
    assert.equal((await read(deck)).slides.length, 1);
  });

  it('names other documents: .docx, .xlsx, .odp, an empty zip, PDF, empty and unknown files', async () => {
    const ooxml = (dir: string, type: string) => {
      const zip = new JSZip();
      zip.file('[Content_Types].xml', `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${dir}/main.xml" ContentType="${type}"/></Types>`);
      zip.file('_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="${dir}/main.xml"/></Relationships>`);
      zip.file(`${dir}/main.xml`, '<doc/>');
      return zip.generateAsync({ type: 'uint8array' });
    };
    await refused(read(await ooxml('word', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml')), 'this is a Word document (.docx), not a presentation; give a PowerPoint .pptx file');
    await refused(read(await ooxml('xl', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')), 'this is an Excel workbook (.xlsx), not a presentation; give a PowerPoint .pptx file');
    const odp = new JSZip();
    odp.file('mimetype', 'application/vnd.oasis.opendocument.presentation');
    odp.file('content.xml', '<x/>');
    await refused(read(await odp.generateAsync({ type: 'uint8array' })), 'this is an OpenDocument presentation (.odp); save it as .pptx (File > Save As > PowerPoint) and try again');
    await refused(read(await new JSZip().generateAsync({ type: 'uint8array' })), 'this ZIP file is not a PowerPoint presentation (it has no ppt/presentation.xml); give a .pptx file');
    await refused(read(Buffer.from('%PDF-1.7\n...')), 'this is a PDF, not a presentation; give the PowerPoint .pptx file the PDF was made from');
    await refused(read(new Uint8Array(0)), 'this file is empty; give a PowerPoint .pptx file');
    await refused(read(Buffer.from('just some text, not a deck')), 'this is not a PowerPoint .pptx file; open the deck in PowerPoint (or export it from Google Slides) as .pptx and try again');
  });

  it('refuses a deck without slides', async () => {
    const bytes = await editZip(await plainDeck(), { 'ppt/presentation.xml': (x) => x.replace(/<p:sldIdLst>.*<\/p:sldIdLst>/, '') });
    await refused(read(bytes), 'the deck has no slides; add at least one slide, save it and try again');
  });

  it('calls a missing file and a folder bad input (exit 3, as the README says)', async () => {
    await refused(readDeck({ path: '/nonexistent/deck.pptx' }), '/nonexistent/deck.pptx does not exist; check the path of the deck');
    await refused(readDeck({ path: tmpdir() }), `${tmpdir()} is a folder; give the path of a .pptx file`);
  });
});
