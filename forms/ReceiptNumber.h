#pragma once

#include <QString>

// The receipt number (受付番号) staff call out and residents read off their receipt: the kiosk's prefix, a hyphen
// and the day's sequence number of that kiosk, zero-padded to at least three digits ("A-007", "KT-1234"). The
// prefix is one to three letters from an alphabet without look-alikes (no B/8, G/6, I/1, O/0, Q, S/5, Z/2), so
// that a number read aloud or copied by hand is not misread; the request id stays the global key.
namespace kakanai::forms {

inline constexpr int MaxReceiptSequence = 99999;

// The letters a prefix may use.
QString receiptPrefixAlphabet();
// The JSON Schema / ECMAScript pattern of a whole receipt number (also in resources/schema/request.schema.json).
QString receiptNumberPattern();

// 1–3 letters of receiptPrefixAlphabet().
bool isReceiptPrefix(const QString &prefix);
// A receipt number as formatReceiptNumber writes it: a valid prefix, "-", a sequence of 1..99999 written with at
// least three digits and no further leading zeros.
bool isReceiptNumber(const QString &number);
// "A-007" for ("A", 7); empty when the prefix is invalid or the sequence is outside 1..99999.
QString formatReceiptNumber(const QString &prefix, int sequence);

} // namespace kakanai::forms
