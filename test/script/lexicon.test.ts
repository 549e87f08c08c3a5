import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConvertError } from '../../converter/errors.js';
import { compileLexicon, loadLexicon, parseLexicon } from '../../converter/script/lexicon.js';

describe('script/lexicon', () => {
  const lex = compileLexicon({ SQL: 'sequel', gif: 'jif', 'R&D': 'R and D', 'New York': 'Noo York', 'C++': 'C plus plus', US: 'U S' });

  it('replaces whole words only, longest first, in one pass', () => {
    assert.equal(lex.apply('SQL and MySQL and SQLite, plus SQL.'), 'sequel and MySQL and SQLite, plus sequel.');
    assert.equal(lex.apply('New York R&D in C++ today'), 'Noo York R and D in C plus plus today');
  });

  it('lower-case keys match any case; keys with capitals match exactly', () => {
    assert.equal(lex.apply('GIF, Gif and gif'), 'jif, jif and jif');
    assert.equal(lex.apply('the US, not us, nor Us'), 'the U S, not us, nor Us');
  });

  it('respects word boundaries in other scripts', () => {
    const hi = compileLexicon({ एआई: 'ए आई', ذكاء: 'ذَكاء' });
    assert.equal(hi.apply('एआई और एआईएस'), 'ए आई और एआईएस');
    assert.equal(hi.apply('ذكاء والذكاء'), 'ذَكاء والذكاء');
  });

  it('an empty lexicon changes nothing', () => {
    assert.equal(compileLexicon({}).apply('SQL & co'), 'SQL & co');
  });

  it('loads a JSON file and rejects bad ones with BAD_INPUT', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lexicon-'));
    const good = path.join(dir, 'words.json');
    await writeFile(good, '{"SQL": "sequel"}');
    assert.deepEqual(await loadLexicon(good), { SQL: 'sequel' });
    await assert.rejects(loadLexicon(path.join(dir, 'missing.json')), (e: ConvertError) => e.code === 'BAD_INPUT' && /--lexicon/.test(e.message));
    assert.throws(() => parseLexicon('[1,2]'), (e: ConvertError) => e.code === 'BAD_INPUT' && /JSON object/.test(e.message));
    assert.throws(() => parseLexicon('{"a": 1}'), (e: ConvertError) => e.code === 'BAD_INPUT' && /"a"/.test(e.message));
    assert.throws(() => parseLexicon('{nope'), (e: ConvertError) => e.code === 'BAD_INPUT' && /not valid JSON/.test(e.message));
  });
});
