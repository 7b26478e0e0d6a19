#!/usr/bin/env python3
"""Writes the hand-made seed inputs of fuzz_card_tlv, fuzz_card_responses, fuzz_card_integrity and fuzz_card_jpki
(tests/fuzz/corpus/), and keys/integrity-ef0004.bin, the genuine EF 0004 the integrity harness uses.

Seeds follow the card layouts of ref/mynumbercard.md §4; recorded answers of the virtual card sit beside them. The
integrity and JPKI seeds (genuine cards and the clone shapes of issue 9) are signed with the harnesses' test keys in
keys/ through the openssl command. Run from anywhere; it rewrites only the files named hand-* and
integrity-ef0004.bin.
"""
import hashlib
import os
import struct
import subprocess
import tempfile

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


# fuzz_card_integrity: four blocks (EF 0002, EF 0001 or empty, EF 0003, EF 0004 or empty for the genuine one), signed
# with the harness's test keys in keys/ through the openssl command; also writes keys/integrity-ef0004.bin.
# fuzz_card_jpki: four blocks (leaf DER, CA DER, message, signature) made with keys/jpki-*.
KEYS = os.path.join(HERE, 'keys')
PERSON = {'birth': b'19790505', 'sex': b'1', 'filler': 0}


def sign(key, data):
    with tempfile.NamedTemporaryFile() as f:
        f.write(data)
        f.flush()
        return subprocess.run(['openssl', 'dgst', '-sha256', '-sign', os.path.join(KEYS, key), f.name],
                              check=True, capture_output=True).stdout


def rsa_public(key):
    text = subprocess.run(['openssl', 'rsa', '-in', os.path.join(KEYS, key), '-noout', '-modulus'],
                          check=True, capture_output=True, text=True).stdout
    modulus = bytes.fromhex(text.strip().split('=', 1)[1])
    return modulus, b'\x01\x00\x01'


def der(pem_name):
    return subprocess.run(['openssl', 'x509', '-in', os.path.join(KEYS, pem_name), '-outform', 'DER'],
                          check=True, capture_output=True).stdout


def digest_source(ef0002):
    # From DF22 to the end of the FF20 value: skip the FF20 header and the 11-byte DF21 object.
    header = 3 if ef0002[2] < 0x80 else 3 + (ef0002[2] & 0x7F)
    return ef0002[header + 11:]


def key_id(group):
    return b'6000033\x08\x05' + group + b'\x00' * 4


def certificate(signer='integrity-issuer-key.pem'):
    modulus, exponent = rsa_public('integrity-card-key.pem')
    body = key_id(b'001') + key_id(b'101') + tlv(0x90, exponent) + tlv(0x91, modulus)
    return tlv(0x7F21, tlv(0x5F4E, body) + tlv(0x5F37, sign(signer, body)))


def integrity_seeds():
    cert = certificate()
    with open(os.path.join(KEYS, 'integrity-ef0004.bin'), 'wb') as f:
        f.write(cert)

    genuine_attr = attributes('原本\u3000正子', '東京都千代田区永田町１丁目７－１', **PERSON)
    genuine_num = number(b'123456789018')
    df31 = tlv(0xDF31, hashlib.sha256(genuine_num).digest())
    df32 = tlv(0xDF32, hashlib.sha256(digest_source(genuine_attr)).digest())
    df33 = tlv(0xDF33, sign('integrity-card-key.pem', df31 + df32))
    record = tlv(0xFF30, df31 + df32 + df33)

    clone_attr = attributes('偽造\u3000次郎', '大阪府大阪市北区中之島１丁目３－２０', **PERSON)
    clone_num = number(b'314159265352')
    clone31 = tlv(0xDF31, hashlib.sha256(clone_num).digest())
    clone32 = tlv(0xDF32, hashlib.sha256(digest_source(clone_attr)).digest())

    long_attr = attributes('長尾\u3000一', LONG_ADDR[:48], **PERSON)
    long31 = df31
    long32 = tlv(0xDF32, hashlib.sha256(digest_source(long_attr)).digest())
    long33 = tlv(0xDF33, sign('integrity-card-key.pem', long31 + long32))

    seeds = {
        'genuine': blocks(genuine_attr, genuine_num, record, b''),
        'genuine-certificate-given': blocks(genuine_attr, genuine_num, record, cert),
        'genuine-without-number': blocks(genuine_attr, b'', record, b''),
        'genuine-long-address': blocks(long_attr, genuine_num, tlv(0xFF30, long31 + long32 + long33), b''),
        'clone-appended-df32': blocks(clone_attr, b'', tlv(0xFF30, df31 + df32 + df33 + clone32), b''),
        'clone-appended-df31-df32': blocks(clone_attr, clone_num, tlv(0xFF30, df31 + df32 + df33 + clone31 + clone32),
                                           b''),
        'clone-df32-after-ff30': blocks(clone_attr, b'', record + clone32, b''),
        'duplicated-df32': blocks(genuine_attr, genuine_num, tlv(0xFF30, df31 + df32 + df32 + df33), b''),
        'reordered': blocks(genuine_attr, genuine_num, tlv(0xFF30, df32 + df31 + df33), b''),
        'missing-df31': blocks(genuine_attr, genuine_num, tlv(0xFF30, df32 + df33), b''),
        'trailing-byte': blocks(genuine_attr, genuine_num, record + b'\x00', b''),
        'df31-long-length': blocks(genuine_attr, genuine_num,
                                   tlv(0xFF30, b'\xdf\x31\x81\x20' + df31[3:] + df32 + df33), b''),
        'short-signature': blocks(genuine_attr, genuine_num, tlv(0xFF30, df31 + df32 + tlv(0xDF33, df33[5:-1])), b''),
        'tampered-attributes': blocks(clone_attr, genuine_num, record, b''),
        'wrong-issuer': blocks(genuine_attr, genuine_num, record, certificate('integrity-card-key.pem')),
        'certificate-appended': blocks(genuine_attr, genuine_num, record, cert + b'\x5f\x37\x01\x00'),
    }
    for name, data in seeds.items():
        write('fuzz_card_integrity', name, data)


def jpki_seeds():
    leaf = der('jpki-leaf.pem')
    ca = der('jpki-ca.pem')
    challenge = bytes(range(32))
    signature = sign('jpki-leaf-key.pem', challenge)
    seeds = {
        'chain-valid': blocks(leaf, ca, challenge, signature),
        'chain-no-ca': blocks(leaf, b'', challenge, signature),
        'chain-leaf-trailing': blocks(leaf + b'\x00', ca, challenge, signature),
        'chain-swapped': blocks(ca, leaf, challenge, signature),
        'chain-bad-signature': blocks(leaf, ca, challenge, signature[:-1] + bytes([signature[-1] ^ 1])),
        'chain-truncated': blocks(leaf[:200], ca, challenge, signature),
    }
    for name, data in seeds.items():
        write('fuzz_card_jpki', name, data)


integrity_seeds()
jpki_seeds()
print('seeds written')
