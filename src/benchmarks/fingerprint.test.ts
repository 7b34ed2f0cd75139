import { hash } from 'node:crypto';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { javaScriptSha256Hex } from '../cli/javascript-sha256.js';
import { fingerprint, hashFirstFingerprintsWith } from './fingerprint.js';

// The CLI's scan hashes its first fingerprints in JavaScript, the rest by node:crypto
// (fingerprint.ts): a baseline matches only if both give the same hex for every text.
const texts = [
  '',
  'cis-kubernetes:5.2.2||shop/Deployment/web|web|spec.template.spec.containers[0].securityContext.privileged',
  'cis-aks:3.1.1|infra/main.bicep#aks|Microsoft.ContainerService/managedClusters/aks||properties.aadProfile',
  'é ü ß 日本 🚀 \u2028',
  'a lone surrogate \ud800 and a pair reversed \udc00\ud800',
  'x'.repeat(55),
  'x'.repeat(56),
  'x'.repeat(64),
  'y'.repeat(1000),
];

test.each(texts)('hashing %j in JavaScript gives node:crypto’s hex', (text) => {
  expect(javaScriptSha256Hex(text)).toBe(hash('sha256', text, 'hex'));
});

test('fingerprints hashed in JavaScript, then by node:crypto, are sha256 of the same text', () => {
  let inJavaScript = 0;
  hashFirstFingerprintsWith((text) => {
    inJavaScript += 1;
    return javaScriptSha256Hex(text);
  });
  for (let index = 0; index < 40; index += 1) {
    const subject = { resource: `shop/Deployment/wéb-${index}`, container: 'web', key: 'spec.hostPID' };
    expect(fingerprint('cis-kubernetes', '5.2.2', subject)).toBe(
      hash('sha256', `cis-kubernetes:5.2.2||shop/Deployment/wéb-${index}|web|spec.hostPID`, 'hex').slice(
        0,
        32,
      ),
    );
  }
  expect(inJavaScript).toBe(16);
});

test('hashing any text in JavaScript gives node:crypto’s hex (non-BMP, lone surrogates, past a block)', () => {
  const unit = fc.oneof(
    fc.constantFrom('a', 'é', '日', '😀', '\ud800', '\udfff', '\u0000', '|'),
    fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  );
  fc.assert(
    fc.property(fc.string({ unit, maxLength: 200 }), (text) => {
      expect(javaScriptSha256Hex(text)).toBe(hash('sha256', text, 'hex'));
    }),
    { numRuns: 500 },
  );
});
