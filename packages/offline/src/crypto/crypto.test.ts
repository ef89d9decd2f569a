import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { aesGcmCodec, generateKey, importKey, plainCodec, type Sealed } from './crypto.js';

describe('crypto', () => {
  it('makes non-extractable AES-GCM keys', async () => {
    const key = await generateKey();
    expect(key.extractable).to.equal(false);
    expect(key.algorithm.name).to.equal('AES-GCM');
    let error: unknown;
    try {
      await crypto.subtle.exportKey('raw', key);
    } catch (caught) {
      error = caught;
    }
    expect(error, 'the key cannot be read out').to.be.instanceOf(DOMException);
  });

  it('refuses keys it cannot use safely, naming what is wrong', async () => {
    const extractable = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
    expect(() => aesGcmCodec(extractable)).to.throw(TypeError, /non-extractable/);
    const cbc = await crypto.subtle.generateKey({ name: 'AES-CBC', length: 256 }, false, ['encrypt', 'decrypt']);
    expect(() => aesGcmCodec(cbc)).to.throw(TypeError, /AES-GCM/);
    expect(() => aesGcmCodec('secret' as unknown as CryptoKey)).to.throw(TypeError, /CryptoKey/);
    let error: unknown;
    try {
      await importKey(new Uint8Array(7));
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(TypeError);
  });

  it('seals with a fresh 96-bit IV each time, so the same text never gives the same bytes', async () => {
    const codec = aesGcmCodec(await generateKey());
    const a = (await codec.seal({ note: 'same' })) as Sealed;
    const b = (await codec.seal({ note: 'same' })) as Sealed;
    expect(a.iv.byteLength).to.equal(12);
    expect(codec.same(a, b)).to.equal(false);
    expect([...a.iv]).not.to.deep.equal([...b.iv]);
    expect(await codec.open(a)).to.deep.equal({ note: 'same' });
    const text = new TextDecoder('latin1').decode(a.data);
    expect(text).not.to.include('same');
  });

  it('round-trips any JSON value, and rejects tampered ciphertext or the wrong key', async () => {
    const key = await generateKey();
    const codec = aesGcmCodec(key);
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const expected = JSON.parse(JSON.stringify(value));
        expect(await codec.open(await codec.seal(value))).to.deep.equal(expected);
        expect(await plainCodec.open(await plainCodec.seal(value))).to.deep.equal(value);
      }),
      { numRuns: 50 },
    );
    const sealed = (await codec.seal({ text: 'Seen at home' })) as Sealed;
    const tampered = { iv: sealed.iv, data: sealed.data.slice(0) };
    new Uint8Array(tampered.data)[0]! ^= 1;
    let error: unknown;
    try {
      await codec.open(tampered);
    } catch (caught) {
      error = caught;
    }
    expect(error, 'tampering is detected').to.exist;
    error = undefined;
    try {
      await aesGcmCodec(await generateKey()).open(sealed);
    } catch (caught) {
      error = caught;
    }
    expect(error, 'another key cannot open it').to.exist;
    error = undefined;
    try {
      await codec.open({ text: 'plain' });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(TypeError);
  });

  it('imports 32 bytes from a server as a non-extractable key', async () => {
    const key = await importKey(crypto.getRandomValues(new Uint8Array(32)));
    expect(key.extractable).to.equal(false);
    const codec = aesGcmCodec(key);
    expect(await codec.open(await codec.seal([1, 'two']))).to.deep.equal([1, 'two']);
  });
});
