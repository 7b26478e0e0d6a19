#!/usr/bin/env python3
"""Writes the hand-made seed inputs of fuzz_card_tlv and fuzz_card_responses (tests/fuzz/corpus/).

Seeds follow the card layouts of ref/mynumbercard.md §4; recorded answers of the virtual card sit beside them.
Run from anywhere; it rewrites only the files named hand-*.
"""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))


def length(n):
    if n < 0x80:
        return bytes([n])
    if n <= 0xFF:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xFF])


def tlv(tag, value):
    t = tag.to_bytes(2 if tag > 0xFF else 1, 'big')
    return t + length(len(value)) + value


def attributes(name, address, birth=b'19850401', sex=b'2', filler=16, good_offsets=True):
    parts = [tlv(0xDF22, name.encode()), tlv(0xDF23, address.encode()), tlv(0xDF24, birth), tlv(0xDF25, sex)]
    inner_len = 11 + sum(len(p) for p in parts)
    header = 2 + len(length(inner_len))
    offsets = b''
    at = header + 11
    for p in parts:
        offsets += struct.pack('>H', at if good_offsets else at + 1)
        at += len(p)
    inner = tlv(0xDF21, offsets) + b''.join(parts)
    return tlv(0xFF20, inner) + b'\xff' * filler


def number(digits=b'123456789018'):
    return tlv(0xFF10, digits) + b'\xff\xff'


def integrity():
    d = tlv(0xDF31, b'\x11' * 32) + tlv(0xDF32, b'\x22' * 32) + tlv(0xDF33, b'\x33' * 256)
    return tlv(0xFF30, d)


def cvc():
    body = b'6000033\x08\x05001' + b'\x00' * 4 + b'6000033\x08\x05002' + b'\x00' * 4
    body += tlv(0x90, b'\x01\x00\x01') + tlv(0x91, b'\xc5' * 256)
    return tlv(0x7F21, tlv(0x5F4E, body) + tlv(0x5F37, b'\x44' * 256))


def blocks(*answers):
    out = b''
    for a in answers:
        out += struct.pack('>H', len(a)) + a
    return out


OK = b'\x90\x00'
NAME = '山田\u3000花子'
ADDR = '東京都千代田区霞が関１丁目２－３'
LONG_ADDR = '北海道札幌市中央区北一条西２丁目１－１　札幌中央ガーデンタワーズ北棟第三十二階三二〇五号室' * 2


def write(target, name, data):
    folder = os.path.join(HERE, 'corpus', target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, 'hand-' + name), 'wb') as f:
        f.write(data)


tlv_seeds = {
    'attributes': attributes(NAME, ADDR),
    'attributes-long': attributes(NAME, LONG_ADDR),
    'attributes-outside-jis': attributes('𠮷田\u3000髙﨑', ADDR, sex=b'1'),
    'attributes-bad-offsets': attributes(NAME, ADDR, good_offsets=False),
    'attributes-bad-date': attributes(NAME, ADDR, birth=b'19850231'),
    'attributes-truncated': attributes(NAME, ADDR)[:50],
    'number': number(),
    'number-bad-check': number(b'123456789017'),
    'integrity': integrity(),
    'cvc': cvc(),
    'nested': tlv(0x30, tlv(0x30, tlv(0x02, b'\x01'))),
}
for k, v in tlv_seeds.items():
    write('fuzz_card_tlv', k, v)

long_file = attributes(NAME, LONG_ADDR, filler=0)
resp_seeds = {
    'read-ok': blocks(OK, b'\x63\xc3', OK, attributes(NAME, ADDR) + OK, number() + OK),
    'read-long-chunked': blocks(OK, b'\x63\xc3', OK, long_file[:256] + OK, long_file[256:] + OK, number() + OK),
    'read-wrong-pin': blocks(OK, b'\x63\xc3', b'\x63\xc2'),
    'read-blocked': blocks(OK, b'\x69\x84'),
    'read-one-left': blocks(OK, b'\x63\xc1'),
    'read-not-card': blocks(b'\x6a\x82'),
    'read-6f00-then-ok': blocks(b'\x6f\x00', OK, b'\x63\xc3', OK, attributes(NAME, ADDR) + OK, number() + OK),
    'read-truncated': blocks(OK, b'\x63\xc3', OK, attributes(NAME, ADDR)[:40] + b'\x62\x82'),
    'read-get-response': blocks(OK, b'\x63\xc3', OK, attributes(NAME, ADDR)[:20] + b'\x61\x10', attributes(NAME, ADDR)[20:] + OK),
    'read-wrong-le': blocks(OK, b'\x63\xc3', OK, b'\x6c\x60', attributes(NAME, ADDR) + OK),
    'status': blocks(OK, b'\x63\xc3', OK, b'\x63\xc3', b'\x63\xc5'),
    'jpki-certs': blocks(OK, b'\x30\x82\x01\x00' + b'\x00' * 252 + OK, b'\x30\x82\x00\x10' + b'\x00' * 16 + OK),
}
for k, v in resp_seeds.items():
    write('fuzz_card_responses', k, v)
print('seeds written')
