import assert from 'node:assert/strict';
import { cacheKey, canonicalJson, sha256Hex } from '../../converter/cache/cache-key.js';

describe('cache/cache-key', () => {
  it('is sha256 of canonical JSON: key order does not matter, values do', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [1, 'x'], c: null } }), '{"a":{"c":null,"d":[1,"x"]},"b":1}');
    assert.equal(cacheKey({ b: 1, a: 2 }), cacheKey({ a: 2, b: 1 }));
    assert.equal(cacheKey({ a: 2, b: 1 }), sha256Hex('{"a":2,"b":1}'));
    assert.notEqual(cacheKey({ a: 1 }), cacheKey({ a: '1' }));
    assert.match(cacheKey('x'), /^[0-9a-f]{64}$/);
  });

  it('hashes bytes instead of serialising them, drops undefined like JSON, refuses NaN', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    assert.equal(canonicalJson({ png: bytes }), `{"png":{"sha256":"${sha256Hex(bytes)}"}}`);
    assert.equal(canonicalJson({ a: undefined, b: [undefined] }), '{"b":[null]}');
    assert.equal(canonicalJson(new Map([['z', 1], ['a', 2]])), '[["a",2],["z",1]]');
    assert.throws(() => cacheKey({ n: Number.NaN }), /finite/);
  });
});
