import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** SHA-256 of the text's UTF-8, in hex, without node:crypto (benchmarks/fingerprint.ts). */
export const javaScriptSha256Hex = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));
