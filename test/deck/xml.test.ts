/**
 * converter/deck/xml.ts: the hand-written XML scanner. Trees must match what the previous parser
 * (fast-xml-parser) gave, malformed input must fail with a one-line XmlError, and nothing may recurse,
 * hang or expand an entity.
 */
import assert from 'node:assert/strict';
import { DEFAULT_MAX_XML_DEPTH, decodeEntities, parseXml, XmlError, XmlNode } from '../../converter/deck/xml.js';

interface Plain {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: Plain[];
}

/** The tree as plain data, so deepEqual compares every field. */
function plain(n: XmlNode): Plain {
  return { name: n.name, attrs: { ...n.attrs }, text: n.text, children: n.children.map(plain) };
}

const el = (name: string, attrs: Record<string, string> = {}, text = '', children: Plain[] = []): Plain => ({ name, attrs, text, children });

function refused(xml: string, message: string): void {
  assert.throws(
    () => parseXml(xml),
    (e: unknown) => {
      assert.ok(e instanceof XmlError, `not an XmlError: ${String(e)}`);
      assert.equal(e.message, message);
      return true;
    },
  );
}

describe('deck: XML scanner', () => {
  it('reads attributes in both quote styles, decoding the predefined entities and numeric references only', () => {
    const n = parseXml(`<a x="1 &amp; 2" y='it&apos;s "q"' z="&lt;&gt;&quot;" w="&#x41;&#65;&#x1F600;" keep="&foo; & &#0;x" sq='a"b'/>`);
    assert.deepEqual(plain(n), el('a', { x: '1 & 2', y: `it's "q"`, z: '<>"', w: 'AA\u{1F600}', keep: '&foo; & x', sq: 'a"b' }));
    assert.deepEqual(Object.keys(n.attrs), ['x', 'y', 'z', 'w', 'keep', 'sq']); // document order
  });

  it('decodes text entities and numeric references, and never expands other entities', () => {
    assert.equal(parseXml('<t>&#x41;&#65; &lt;b&gt; &amp;amp; &e; &lol;</t>').text, 'AA <b> &amp; &e; &lol;');
    assert.equal(decodeEntities('&#x110000;|&#xD;|&quot;'), '|\r|"');
  });

  it('reads prefixed names as written, spaces around = and before >, and non-ASCII names', () => {
    const n = parseXml(`<p:sld xmlns:p="urn:p" xmlns:a = 'urn:a' ><p:cSld\n\tname="x"/><a:t >hi</a:t ><数据 属性="值"/></p:sld >`);
    assert.deepEqual(
      plain(n),
      el('p:sld', { 'xmlns:p': 'urn:p', 'xmlns:a': 'urn:a' }, '', [el('p:cSld', { name: 'x' }), el('a:t', {}, 'hi'), el('数据', { 属性: '值' })]),
    );
    assert.equal(n.children[0].local, 'cSld');
    assert.equal(n.path('a:t')?.text, 'hi');
  });

  it('keeps whitespace-only text between elements and joins the direct text of an element', () => {
    const n = parseXml('<a>\n  <b>x</b>\n  tail &amp; more<c/>\n</a>');
    assert.deepEqual(plain(n), el('a', {}, '\n  \n  tail & more\n', [el('b', {}, 'x'), el('c')]));
    assert.equal(n.deepText(), '\n  \n  tail & more\nx');
  });

  it('turns CDATA into literal text and skips comments, processing instructions and the declaration', () => {
    const xml = '\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- head --><?pi before?>\n' +
      '<r>one<!-- c -->two<?pi x="?"?>three<![CDATA[<b>&amp;</b>]]><![CDATA[]]>four</r><!-- tail -->\n';
    assert.deepEqual(plain(parseXml(xml)), el('r', {}, 'onetwothree<b>&amp;</b>four'));
  });

  it('normalizes line ends to \\n in text and attribute values, as XML (and the previous parser) does', () => {
    const n = parseXml('<a b="1\r\n2\r3">x\r\ny\rz&#13;</a>');
    assert.deepEqual(plain(n), el('a', { b: '1\n2\n3' }, 'x\ny\nz\r'));
  });

  it('reads self-closing elements and a bare attribute name as "true"', () => {
    assert.deepEqual(plain(parseXml('<a><b/><c x="1" /><d on x="2"/><e on/></a>')), el('a', {}, '', [
      el('b'), el('c', { x: '1' }), el('d', { on: 'true', x: '2' }), el('e', { on: 'true' }),
    ]));
  });

  it('keeps the last value of a repeated attribute, in the place of the first (as the previous parser did)', () => {
    const n = parseXml('<a b="1" c="2" b="3" __proto__="p" __proto__="q"/>');
    assert.deepEqual(Object.entries(n.attrs), [['b', '3'], ['c', '2'], ['__proto__', 'q']]);
  });

  it('keeps an attribute named __proto__ as an own value, never the prototype', () => {
    const n = parseXml('<a __proto__="x" constructor="y"/>');
    assert.equal(Object.getPrototypeOf(n.attrs), Object.prototype);
    assert.deepEqual(Object.keys(n.attrs), ['__proto__', 'constructor']);
    assert.equal(n.attr('__proto__'), 'x');
    assert.equal(n.attr('constructor'), 'y');
    assert.equal(({} as Record<string, unknown>).x, undefined);
  });

  it('keeps the XmlNode helpers', () => {
    const n = parseXml('<a n="12.5" bad="x" t="on" f="0"><b i="1"/><c/><b i="2"><b i="3"/></b></a>');
    assert.equal(n.num('n', 0), 12.5);
    assert.equal(n.num('bad', 7), 7);
    assert.equal(n.num('none'), undefined);
    assert.equal(n.bool('t', false), true);
    assert.equal(n.bool('f', true), false);
    assert.deepEqual(n.all('b').map((b) => b.attr('i')), ['1', '2']);
    assert.deepEqual(n.descendants('b').map((b) => b.attr('i')), ['1', '2', '3']);
    assert.equal(n.child('c')?.name, 'c');
  });

  it('refuses any DTD before parsing, in any case and anywhere', () => {
    const dtd = 'XML with a DTD (not allowed in Office files)';
    refused('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>', dtd);
    refused('<!doctype r><r/>', dtd);
    refused('<r><!-- <!DocType r> --></r>', dtd);
  });

  it('refuses malformed markup with a one-line message naming the problem and line', () => {
    const cases: [string, string][] = [
      ['<a>', 'element <a> is not closed (line 1)'],
      ['<a><b>text', 'element <b> is not closed (line 1)'],
      ['<a>\n<b>\n</a>', 'end tag </a> does not match <b> (line 3)'],
      ['<a></ab>', 'end tag </ab> does not match <a> (line 1)'],
      ['<a></a', "end tag </a> is not closed by '>' (line 1)"],
      ['</a>', 'end tag without a start tag (line 1)'],
      ['<a', 'start tag <a> is not closed (line 1)'],
      ['<a b="1"', 'start tag <a> is not closed (line 1)'],
      ['<a b="1></a>', 'value of attribute b of <a> is not closed (line 1)'],
      ["<a\r\nb='1></a>", 'value of attribute b of <a> is not closed (line 2)'],
      ['<a b=1/>', 'attribute b of <a> has no quoted value (line 1)'],
      ['<a b="1"c="2"/>', 'unexpected character in start tag <a> (line 1)'],
      ['<a "b"/>', 'unexpected character in start tag <a> (line 1)'],
      ['<a/ >', "'/' not followed by '>' in <a> (line 1)"],
      ['<a><!-- open </a>', 'comment is not closed (line 1)'],
      ['<a><![CDATA[x</a>', 'CDATA section is not closed (line 1)'],
      ['<![CDATA[x]]><a/>', 'CDATA section outside the root element (line 1)'],
      ['<a><!ENTITY e "x"></a>', "'<!' that starts neither a comment nor a CDATA section (line 1)"],
      ['<a><![FOO[x]]></a>', "'<!' that starts neither a comment nor a CDATA section (line 1)"],
      ['<a><?pi x', 'processing instruction is not closed (line 1)'],
      ['<a><? x?></a>', 'processing instruction without a target name (line 1)'],
      ['<a>1 < 2</a>', "'<' not followed by a tag name (line 1)"],
      ['<a>< b/></a>', "'<' not followed by a tag name (line 1)"],
      ['<a><1/></a>', "'<' not followed by a tag name (line 1)"],
      ['junk<a/>', 'text before the root element (line 1)'],
      ['<a/>\n\njunk', 'text after the root element (line 1)'],
      ['<a/><b/>', 'a second root element (line 1)'],
    ];
    for (const [xml, what] of cases) refused(xml, `malformed XML: ${what}`);
    for (const empty of ['', ' \n\t', '<?xml version="1.0"?>\n<!-- nothing -->']) refused(empty, 'malformed XML: no root element');
    const long = 'n'.repeat(100000);
    refused(`<${long}>`, `malformed XML: element <${'n'.repeat(60)}...> is not closed (line 1)`);
  });

  it('fails every truncation and mutation of a document with XmlError only, never anything else', () => {
    const doc = '<?xml version="1.0"?>\r\n<p:sld xmlns:p="urn:p" a=\'1\'><!-- c --><p:sp x="&amp;&#65;"><a:t>hi &lt;there&gt;</a:t>' +
      '<![CDATA[raw <x>]]><e b/></p:sp>\n  <?pi z?><q:u/></p:sld>\n';
    const alphabet = `<>/!?-[]"'=& \nab:;#x`;
    let seed = 42;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    const inputs: string[] = [];
    for (let i = 0; i < doc.length; i++) inputs.push(doc.slice(0, i), doc.slice(i));
    for (let i = 0; i < 3000; i++) {
      const at = rand(doc.length);
      const ch = alphabet[rand(alphabet.length)];
      inputs.push(rand(2) ? doc.slice(0, at) + ch + doc.slice(at + 1) : doc.slice(0, at) + ch + doc.slice(at));
    }
    const read = inputs.map((xml) => {
      try {
        parseXml(xml);
        return true;
      } catch (e) {
        assert.ok(e instanceof XmlError, `${JSON.stringify(xml)} threw ${String(e)}`);
        assert.match(e.message, /^malformed XML: [^\n\r\u2028\u2029]+$/);
        return false;
      }
    });
    const failed = read.filter((r) => !r).length;
    assert.ok(failed > inputs.length / 2, `only ${failed} of ${inputs.length} refused`);
    // A cut document is refused; only a cut after the root's end tag leaves a whole one, which is read.
    const end = doc.lastIndexOf('</p:sld>') + '</p:sld>'.length;
    for (let i = 0; i < doc.length; i++) assert.equal(read[2 * i], i >= end, `the first ${i} characters`);
  });

  it('refuses nesting deeper than the default limit, and reads 100,000 levels without recursion when allowed', () => {
    const nest = (depth: number) => '<a>'.repeat(depth) + 'x' + '</a>'.repeat(depth);
    assert.equal(DEFAULT_MAX_XML_DEPTH, 256);
    parseXml(nest(256)); // exactly at the limit: read

    refused(nest(257), 'malformed XML: elements nested deeper than 256 levels (line 1)');
    refused('<a>'.repeat(256) + '<b/>' + '</a>'.repeat(256), 'malformed XML: elements nested deeper than 256 levels (line 1)');
    refused(nest(100000), 'malformed XML: elements nested deeper than 256 levels (line 1)');

    let n: XmlNode | undefined = parseXml(nest(100000), { maxDepth: Infinity });
    let depth = 1;
    while (n.children.length) {
      assert.equal(n.children.length, 1);
      assert.equal(n.text, '');
      n = n.children[0];
      depth++;
    }
    assert.equal(depth, 100000);
    assert.equal(n.text, 'x');
  });

  it('parses a 10 MB slide-like document', () => {
    const shape = (i: number) =>
      `<p:sp><p:nvSpPr><p:cNvPr id="${i}" name="Shape ${i}"/></p:nvSpPr><p:spPr><a:xfrm><a:off x="${i * 10}" y="0"/>` +
      `<a:ext cx="100" cy="200"/></a:xfrm></p:spPr><p:txBody><a:p><a:r><a:t>Text &amp; ${i}</a:t></a:r></a:p></p:txBody></p:sp>\n`;
    const parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n<p:sld xmlns:a="urn:a" xmlns:p="urn:p"><p:spTree>\n'];
    let size = parts[0].length;
    let count = 0;
    while (size < 10 * 1048576) {
      const s = shape(count++);
      parts.push(s);
      size += s.length;
    }
    parts.push('</p:spTree></p:sld>');
    const xml = parts.join('');
    const t0 = performance.now();
    const tree = parseXml(xml);
    const ms = performance.now() - t0;
    console.log(`      ${(xml.length / 1048576).toFixed(1)} MB, ${count} shapes parsed in ${ms.toFixed(0)} ms`);
    const sps = tree.path('p:spTree')!.all('p:sp');
    assert.equal(sps.length, count);
    assert.equal(tree.path('p:spTree')!.text, '\n'.repeat(count + 1));
    const last = sps[count - 1];
    assert.equal(last.path('p:nvSpPr', 'p:cNvPr')?.attr('name'), `Shape ${count - 1}`);
    assert.equal(last.path('p:spPr', 'a:xfrm', 'a:off')?.num('x', 0), (count - 1) * 10);
    assert.equal(last.deepText(), `Text & ${count - 1}`);
  });
});
