// The pre-entry QR text (preentry/PreEntryCodec.h, the one description of the format):
//   KKP1<Base32 of: flags(1) | day(2) | body | CRC-32(4)>
// flags bit 0: body is raw DEFLATE (CompressionStream "deflate-raw"; written uncompressed where the browser has
// none); day: days since 2024-01-01 (the phone's date); body: {"e","n","f":[{"i","v","a"}]} as UTF-8 JSON;
// CRC-32 (IEEE) over flags, day and body. Base32 (A–Z 2–7, no padding) keeps the text in the QR alphanumeric set
// and types the same through a USB scanner on a US or JIS keyboard layout.
(function (root) {
    'use strict';

    const Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    const Epoch = Date.UTC(2024, 0, 1);

    const CrcTable = (() => {
        const t = new Uint32Array(256);
        for (let n = 0; n < 256; ++n) {
            let c = n;
            for (let k = 0; k < 8; ++k) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            t[n] = c >>> 0;
        }
        return t;
    })();

    function crc32(bytes) {
        let c = 0xFFFFFFFF;
        for (const b of bytes) c = CrcTable[(c ^ b) & 0xFF] ^ (c >>> 8);
        return (c ^ 0xFFFFFFFF) >>> 0;
    }

    function base32(bytes) {
        let out = '';
        let buffer = 0;
        let bits = 0;
        for (const b of bytes) {
            buffer = ((buffer << 8) | b) & 0xFFFF;
            bits += 8;
            while (bits >= 5) {
                out += Alphabet[(buffer >>> (bits - 5)) & 0x1F];
                bits -= 5;
            }
        }
        if (bits > 0) out += Alphabet[(buffer << (5 - bits)) & 0x1F];
        return out;
    }

    async function deflateRaw(bytes) {
        if (typeof CompressionStream === 'undefined') return null;
        try {
            const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
            return new Uint8Array(await new Response(stream).arrayBuffer());
        } catch (e) {
            return null; // an older browser without "deflate-raw": the body goes uncompressed
        }
    }

    // The day number of a local calendar date (the phone's today).
    function dayNumber(date) {
        return Math.round((Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) - Epoch) / 86400000);
    }

    // entry: {eventId, navigator: {question: bool}, forms: [{id, version, answers}]}; created: a Date.
    async function encode(entry, created) {
        const body = {};
        if (entry.eventId) body.e = entry.eventId;
        if (entry.navigator && Object.keys(entry.navigator).length) body.n = entry.navigator;
        body.f = entry.forms.map((f) => ({ i: f.id, v: f.version, a: f.answers }));
        const json = new TextEncoder().encode(JSON.stringify(body));
        const deflated = await deflateRaw(json);
        const payload = deflated || json;
        const day = dayNumber(created || new Date());
        const bytes = new Uint8Array(3 + payload.length + 4);
        bytes[0] = deflated ? 1 : 0;
        bytes[1] = (day >>> 8) & 0xFF;
        bytes[2] = day & 0xFF;
        bytes.set(payload, 3);
        const crc = crc32(bytes.subarray(0, 3 + payload.length));
        bytes[3 + payload.length] = crc >>> 24;
        bytes[4 + payload.length] = (crc >>> 16) & 0xFF;
        bytes[5 + payload.length] = (crc >>> 8) & 0xFF;
        bytes[6 + payload.length] = crc & 0xFF;
        return 'KKP1' + base32(bytes);
    }

    const api = { encode, crc32, base32, dayNumber };
    root.KakanaiPreEntry = api;
    if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
