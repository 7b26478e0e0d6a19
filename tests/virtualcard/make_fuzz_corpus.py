#!/usr/bin/env python3
"""Writes the seed corpus of fuzz_virtualcard (tests/fuzz/corpus/fuzz_virtualcard/).

Each seed is a recorded command sequence in the format FuzzVirtualCard.cpp reads: one variant byte, then records
(F0 power off, F1 power on, F2 reset, F3 ATR, F4 HH LL <APDU>, or a length byte 00..EF and the APDU). The values
are those of the fuzz target's built-in persona (demo.json): PIN 1234, 照合番号A 123456789018,
照合番号B 60041220342468, signature password KAKANAI2024.

Run it again after changing the sequences; the files are committed.
"""

import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "fuzz", "corpus", "fuzz_virtualcard")

SEL_IS = "00A4040C0AD3921000310001010408"
SEL_JP = "00A4040C0AD392F000260100000001"
PIN = "31323334"
CODE_A = "313233343536373839303138"
CODE_B = "3630303431323230333432343638"
SIGN_PW = "4B414B414E414932303234"
DIGEST_INFO = "3031300D060960864801650304020105000420" + hashlib.sha256(b"kakanai").hexdigest().upper()
HASH = hashlib.sha256(b"kakanai").hexdigest().upper()


def sel(fid):
    return "00A4020C02" + fid


def apdu_record(hex_apdu):
    data = bytes.fromhex(hex_apdu.replace(" ", ""))
    if len(data) <= 0xEF:
        return bytes([len(data)]) + data
    return bytes([0xF4, len(data) >> 8, len(data) & 0xFF]) + data


def seed(variant, *steps):
    out = bytearray([variant])
    for step in steps:
        if step == "off":
            out.append(0xF0)
        elif step == "on":
            out.append(0xF1)
        elif step == "reset":
            out.append(0xF2)
        elif step == "atr":
            out.append(0xF3)
        elif isinstance(step, bytes):
            out += step  # raw bytes, for malformed records
        else:
            out += apdu_record(step)
    return bytes(out)


def read_chunks(sfi, chunks):
    steps = ["00B0%02X0000" % (0x80 | sfi)]
    for i in range(1, chunks):
        steps.append("00B0%04X00" % (i * 256))
    return steps


SEEDS = {
    "pin-read-attributes": seed(0, SEL_IS, sel("0011"), "00200080", "0020008004" + PIN, sel("0002"),
                                "00B0000000", "00B0010000", "00B0020000"),
    "pin-read-number": seed(0, SEL_IS, sel("0011"), "00200080", "0020008004" + PIN, sel("0001"), "00B0000011"),
    "pin-read-sfi-with-integrity": seed(0, SEL_IS, "00200091", "0020009104" + PIN, *read_chunks(2, 2),
                                        *read_chunks(1, 1), *read_chunks(3, 2), *read_chunks(4, 3)),
    "tex2e-style-header-read": seed(0, SEL_IS, sel("0011"), "0020008004" + PIN, sel("0002"), "00B0000201",
                                    "00B0000062"),
    "code-b-read": seed(0, SEL_IS, "00200095", "002000950E" + CODE_B, *read_chunks(2, 2), *read_chunks(3, 2),
                        "00B0810000"),
    "code-a-read": seed(0, SEL_IS, "00200094", "002000940C" + CODE_A, *read_chunks(1, 1), "00B0820000"),
    "free-files": seed(0, SEL_IS, *read_chunks(4, 3), *read_chunks(5, 1), "00B08400000000"),
    "extended-le-read": seed(0, SEL_IS, sel("0004"), "00B00000000000", "00B0000400031F", "00B07FFF0000FF"),
    "wrong-pin-to-blocked": seed(0, SEL_IS, sel("0011"), "002000800439393939", "00200080", "002000800439393939",
                                 "002000800439393939", "00200080", "0020008004" + PIN),
    "wrong-length-pin": seed(0, SEL_IS, "0020009103313233", "00200091053132333435", "00200091"),
    "jpki-read-certificates": seed(0, SEL_JP, *read_chunks(0x0A, 3), *read_chunks(0x0B, 3), *read_chunks(6, 1),
                                   *read_chunks(8, 1), "00B0810000"),
    "jpki-opensc-style-header": seed(0, SEL_JP, sel("000A"), "00B0000004", "00B00004FF", "00B0010300"),
    "jpki-auth-sign": seed(0, SEL_JP, sel("0018"), "00200080", "0020008004" + PIN, sel("0017"),
                           "802A008033" + DIGEST_INFO + "00"),
    "jpki-sign-by-sfi": seed(0, SEL_JP, "0020009804" + PIN, "802A009733" + DIGEST_INFO + "00"),
    "jpki-sign-password-schemes": seed(0, SEL_JP, "0020009B", "0020009B0B" + SIGN_PW, *read_chunks(1, 3),
                                       "802A009A33" + DIGEST_INFO + "00", "802A019A07" + "6B616B616E6169" + "00",
                                       "802A029A20" + HASH + "00", "802A039A07" + "6B616B616E6169" + "00",
                                       "802A049A20" + HASH + "00", "802A059A07" + "6B616B616E6169" + "00"),
    "jpki-sign-errors": seed(0, SEL_JP, "802A009733" + DIGEST_INFO + "00", "0020009804" + PIN,
                             "802A069733" + DIGEST_INFO + "00", "802A029A1F" + HASH[:62] + "00",
                             "802A0097F6" + "AB" * 246 + "00", "802A009700", "802A0097033132330080",
                             "802A008033" + DIGEST_INFO + "00"),
    "power-cycle-clears": seed(0, SEL_IS, "0020009104" + PIN, "00B0820000", "off", "on", SEL_IS, "00B0820000"),
    "reset-keeps": seed(0, SEL_IS, "0020009104" + PIN, "reset", "00A40000", SEL_IS, "00B0820000", "atr"),
    "quirk-6f00": seed(1, SEL_IS, SEL_IS, "off", "on", SEL_JP, SEL_JP, "reset", SEL_IS),
    "faulty-persona-read": seed(2, SEL_IS, "0020009104" + PIN, *read_chunks(1, 1), *read_chunks(2, 3),
                                *read_chunks(3, 2), *read_chunks(4, 3), SEL_JP, *read_chunks(0x0A, 3)),
    "faulty-persona-quirk-block": seed(3, SEL_IS, SEL_IS, "0020009104" + "39393939", "00200091",
                                       "002000950E" + CODE_B, "00B0820000"),
    "select-variants": seed(0, "00A40000", "00A4000C023F00", "00A4040C04D3921000", "00A4040C0AD3921000310001010402",
                            "00A404000AD3921000310001010408", "00A4080C023F00", "00A4020C0102", SEL_IS,
                            "00A40000", sel("0009"), sel("000A")),
    "cla-variants": seed(0, "08A4040C0A" + SEL_IS[10:], "0CB0840000", "01A4040C0A" + SEL_IS[10:], "40B0840000",
                         "10A4040C0A" + SEL_IS[10:], "20B0840000", "FFA40000", "90A40000", "80A4040C0A" + SEL_IS[10:],
                         "8C2A009700"),
    "unknown-ins": seed(0, "00FF0000", "0024018004" + PIN, "80500000", "00B2010400", "00880000", "00C0000000"),
    "get-challenge-data": seed(0, "0084000008", "0084000000", "00840000", "0084010008", "00840000000101",
                               "00CA5F5100", SEL_IS, "00CA5F5100", "00CA5F51"),
    "malformed-lengths": seed(0, "", "00", "00A4", "00A404", "00A4040C0AD392", "00A4040C02D3921000",
                              "00A4040C00000000", "00B0000000000000", "0020009100", "00B0840001FF"),
    "truncated-record": seed(0, SEL_IS) + bytes([0x20, 0x00, 0xA4]),
    "extended-record-long-apdu": seed(0, SEL_JP, "0020009804" + PIN,
                                      "802A00970000F5" + "CD" * 245 + "0100"),
    "read-beyond-end": seed(0, SEL_IS, sel("0004"), "00B0023800", "00B0023701", "00B0020000", "00B07FFFFF",
                            "00B09F0000", "00B0800000", "00B0A40000"),
    "read-key-efs": seed(0, SEL_IS, sel("0011"), "00B0000000", "00B0910000", SEL_JP, sel("0017"), "00B0000000",
                         "00B0970000"),
    "verify-references": seed(0, "00200091", SEL_IS, "00200080", sel("0002"), "00200080", "00200082", "00200098",
                              "00200180", "00200000"),
    "security-per-application": seed(0, SEL_JP, "0020009804" + PIN, SEL_IS, "00200091", "00B0820000", SEL_JP,
                                     "00200098"),
    "controls-only": seed(0, "off", "off", "on", "reset", "atr", "reset", "off", SEL_IS, "on", SEL_IS),
    "ignored-tags": seed(0) + bytes([0xF5, 0xFF, 0xFE]) + apdu_record(SEL_IS),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, data in SEEDS.items():
        with open(os.path.join(OUT, name + ".bin"), "wb") as f:
            f.write(data)
    print("wrote %d seeds to %s" % (len(SEEDS), os.path.normpath(OUT)), file=sys.stderr)


if __name__ == "__main__":
    main()
