/**
 * Name-based UUIDs (RFC 9562 version 5: SHA-1 of a namespace and a name), so the same attempt of
 * the same trainee always gets the same statement id and registration, on any device and in any
 * export: a learning record store then refuses the second copy instead of storing it twice.
 *
 * SHA-1 is written out here rather than taken from `crypto.subtle`: that is asynchronous and
 * missing outside secure contexts (a trainer opening the site over plain http on a LAN), and a
 * few thousand short names hash in milliseconds. SHA-1 is used as RFC 9562 prescribes for
 * version 5, for uniqueness, not for security.
 */

/** The namespace of every Peilian UUID (itself a random version 4 UUID, fixed forever). */
export const peilianNamespace = '6f1c3b52-8d0e-4a7f-9c21-5e4b7a90d3c6';

export const uuidPattern =
	/^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const encoder = new TextEncoder();

/** SHA-1 (FIPS 180-4) of some bytes: 20 bytes. */
export function sha1(message: Uint8Array): Uint8Array {
	const length = message.length;
	// Padding: a 1 bit, zeros, then the length in bits as 64 bits, to a multiple of 64 bytes.
	const padded = new Uint8Array(Math.ceil((length + 9) / 64) * 64);
	padded.set(message);
	padded[length] = 0x80;
	const view = new DataView(padded.buffer);
	view.setUint32(padded.length - 8, Math.floor(length / 0x20000000));
	view.setUint32(padded.length - 4, (length * 8) >>> 0);

	let h0 = 0x67452301;
	let h1 = 0xefcdab89;
	let h2 = 0x98badcfe;
	let h3 = 0x10325476;
	let h4 = 0xc3d2e1f0;
	const w = new Uint32Array(80);
	for (let block = 0; block < padded.length; block += 64) {
		for (let i = 0; i < 16; i++) w[i] = view.getUint32(block + i * 4);
		for (let i = 16; i < 80; i++) {
			const x = w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!;
			w[i] = (x << 1) | (x >>> 31);
		}
		let a = h0;
		let b = h1;
		let c = h2;
		let d = h3;
		let e = h4;
		for (let i = 0; i < 80; i++) {
			let f: number;
			let k: number;
			if (i < 20) {
				f = (b & c) | (~b & d);
				k = 0x5a827999;
			} else if (i < 40) {
				f = b ^ c ^ d;
				k = 0x6ed9eba1;
			} else if (i < 60) {
				f = (b & c) | (b & d) | (c & d);
				k = 0x8f1bbcdc;
			} else {
				f = b ^ c ^ d;
				k = 0xca62c1d6;
			}
			const next = (((a << 5) | (a >>> 27)) + f + e + k + w[i]!) >>> 0;
			e = d;
			d = c;
			c = (b << 30) | (b >>> 2);
			b = a;
			a = next;
		}
		h0 = (h0 + a) >>> 0;
		h1 = (h1 + b) >>> 0;
		h2 = (h2 + c) >>> 0;
		h3 = (h3 + d) >>> 0;
		h4 = (h4 + e) >>> 0;
	}
	const digest = new Uint8Array(20);
	const out = new DataView(digest.buffer);
	[h0, h1, h2, h3, h4].forEach((h, i) => out.setUint32(i * 4, h));
	return digest;
}

const hex = (bytes: Uint8Array) =>
	Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

/** SHA-1 of a text's UTF-8 bytes, as 40 hex digits. */
export function sha1Hex(text: string): string {
	return hex(sha1(encoder.encode(text)));
}

/** A version 5 UUID: the same namespace and name always give the same UUID. */
export function uuidV5(name: string, namespace = peilianNamespace): string {
	const space = namespace.replaceAll('-', '');
	if (!/^[0-9a-f]{32}$/i.test(space)) throw new Error(`not a UUID: ${namespace}`);
	const nameBytes = encoder.encode(name);
	const input = new Uint8Array(16 + nameBytes.length);
	for (let i = 0; i < 16; i++) input[i] = parseInt(space.slice(i * 2, i * 2 + 2), 16);
	input.set(nameBytes, 16);
	const bytes = sha1(input).slice(0, 16);
	bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
	bytes[8] = (bytes[8]! & 0x3f) | 0x80; // variant 10
	const h = hex(bytes);
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
