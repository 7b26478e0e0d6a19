#!/usr/bin/env python3
"""Writes the hand-made seed inputs of fuzz_preentry (tests/fuzz/corpus/fuzz_preentry/seed-*): pre-entry QR texts
(preentry/PreEntryCodec.h) made by this second, independent writer of the format (Python's zlib and base64), so that
the corpus also checks that the C++ reader follows the documented format. The harness decodes against 2026-12-03.
Run from anywhere; it rewrites only the files named seed-*.
"""
import base64
import datetime
import json
import os
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'corpus', 'fuzz_preentry')
TODAY = datetime.date(2026, 12, 3)


def text(body, flags=1, day=TODAY, raw=None):
    payload = json.dumps(body, ensure_ascii=False, separators=(',', ':')).encode() if raw is None else raw
    if flags & 1:
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        payload = c.compress(payload) + c.flush()
    data = bytes([flags]) + struct.pack('>H', (day - datetime.date(2024, 1, 1)).days) + payload
    data += struct.pack('>I', zlib.crc32(data))
    return 'KKP1' + base64.b32encode(data).decode().rstrip('=')


SEEDS = {
    'juminhyo': text({'f': [{'i': 'juminhyo', 'v': 1, 'a': {'relation': 'self', 'scope': 'all_household',
                                                             'kind': 'juminhyo', 'items': ['setainushi_zokugara'],
                                                             'purpose': '就職・転職', 'copies': 2}}]}),
    'juminhyo-uncompressed': text({'f': [{'i': 'juminhyo', 'v': 1, 'a': {'relation': 'self'}}]}, flags=0),
    'tennyu-event': text({'e': 'moving_in', 'n': {'kokuho': True, 'has_children': False},
                          'f': [{'i': 'tennyu', 'v': 1,
                                 'a': {'path': 'ordinary', 'moved_on': '2026-11-28', 'moving_out_certificate': True,
                                       'notifier.relation': 'mover',
                                       'movers': [{'kana': 'やまだ たろう', 'relation': 'head', 'is_foreign': False}]}}]}),
    'tenshutsu': text({'e': 'moving_out', 'f': [{'i': 'tenshutsu', 'v': 1,
                                                 'a': {'planned_move_out_on': '2026-12-20',
                                                       'destination.abroad': False, 'returns': []}}]}),
    'card-field': text({'f': [{'i': 'juminhyo', 'v': 1, 'a': {'counter_person.name': '山田'}}]}),
    'expired': text({'f': [{'i': 'juminhyo', 'v': 1, 'a': {}}]}, day=TODAY - datetime.timedelta(days=40)),
    'lower-case': text({'f': [{'i': 'inkan', 'v': 1, 'a': {'copies': 1}}]}).lower(),
    'receipt-code': 'KKN1:01961f3a-9b80-7c3e-8a1b-2f4e5d6c7b8a:chiyoda-01:form.juminhyo:20250410T010000Z',
}

os.makedirs(OUT, exist_ok=True)
for name, value in SEEDS.items():
    with open(os.path.join(OUT, 'seed-' + name), 'w', encoding='ascii') as f:
        f.write(value)
