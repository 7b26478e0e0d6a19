#!/usr/bin/env python3
"""Writes the seed inputs of fuzz_card_integrity and fuzz_card_jpki (tests/fuzz/corpus/<target>/hand-*) and the
genuine EF 0004 the integrity harness uses (tests/fuzz/keys/integrity-ef0004.bin), signing with the test keys in
tests/fuzz/keys/ through the openssl command. Those keys exist only for the fuzz harnesses (see keys/README.md).

fuzz_card_integrity input: four blocks, each a 2-byte big-endian length and that many bytes: EF 0002, EF 0001 (empty:
not read), EF 0003, EF 0004 (empty: the genuine certificate). Seeds: genuine cards and the clone shapes of issue 9.
fuzz_card_jpki input: four blocks: the 利用者証明用 certificate (DER), its CA certificate (DER), a message, a signature.

Run from anywhere; it rewrites only the files named hand-* and integrity-ef0004.bin.
"""
import hashlib
import os
import struct
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = os.path.join(HERE, 'keys')


def length(n):
    if n < 0x80:
        return bytes([n])
    if n <= 0xFF:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xFF])


def tlv(tag, value):
    t = tag.to_bytes(2 if tag > 0xFF else 1, 'big')
    return t + length(len(value)) + value


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


def attributes(name, address, birth=b'19790505', sex=b'1'):
    parts = [tlv(0xDF22, name.encode()), tlv(0xDF23, address.encode()), tlv(0xDF24, birth), tlv(0xDF25, sex)]
    inner_len = 11 + sum(len(p) for p in parts)
    header = 2 + len(length(inner_len))
    offsets = b''
    at = header + 11
    for p in parts:
        offsets += struct.pack('>H', at)
        at += len(p)
    return tlv(0xFF20, tlv(0xDF21, offsets) + b''.join(parts))


def digest_source(ef0002):
    # From DF22 to the end of the FF20 value: skip the FF20 header and the 11-byte DF21 object.
    header = 3 if ef0002[2] < 0x80 else 3 + (ef0002[2] & 0x7F)
    return ef0002[header + 11:]


def number(digits):
    return tlv(0xFF10, digits) + b'\xff\xff'


def key_id(group):
    return b'6000033\x08\x05' + group + b'\x00' * 4


def certificate(signer='integrity-issuer-key.pem'):
    modulus, exponent = rsa_public('integrity-card-key.pem')
    body = key_id(b'001') + key_id(b'101') + tlv(0x90, exponent) + tlv(0x91, modulus)
    return tlv(0x7F21, tlv(0x5F4E, body) + tlv(0x5F37, sign(signer, body)))


def blocks(*parts):
    return b''.join(struct.pack('>H', len(p)) + p for p in parts)


def write(target, name, data):
    folder = os.path.join(HERE, 'corpus', target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, 'hand-' + name), 'wb') as f:
        f.write(data)


def integrity_seeds():
    cert = certificate()
    with open(os.path.join(KEYS, 'integrity-ef0004.bin'), 'wb') as f:
        f.write(cert)

    genuine_attr = attributes('原本\u3000正子', '東京都千代田区永田町１丁目７－１')
    genuine_num = number(b'123456789018')
    df31 = tlv(0xDF31, hashlib.sha256(genuine_num).digest())
    df32 = tlv(0xDF32, hashlib.sha256(digest_source(genuine_attr)).digest())
    df33 = tlv(0xDF33, sign('integrity-card-key.pem', df31 + df32))
    record = tlv(0xFF30, df31 + df32 + df33)

    clone_attr = attributes('偽造\u3000次郎', '大阪府大阪市北区中之島１丁目３－２０')
    clone_num = number(b'314159265352')
    clone31 = tlv(0xDF31, hashlib.sha256(clone_num).digest())
    clone32 = tlv(0xDF32, hashlib.sha256(digest_source(clone_attr)).digest())

    long_attr = attributes('長尾\u3000一', '北海道札幌市中央区北一条西２丁目１－１　札幌中央ガーデンタワーズ北棟第三十二階三二〇五号室')
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


if __name__ == '__main__':
    integrity_seeds()
    jpki_seeds()
