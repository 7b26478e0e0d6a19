#pragma once

#include "preentry/PreEntry.h"

#include "forms/FormCatalog.h"
#include "forms/LifeEvents.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>

// The pre-entry QR code's text, written by the pre-entry page (web/preentry.js) and read by the kiosk.
//
//   KKP1<Base32 of: flags(1) | day(2) | body | CRC-32(4)>
//
//   KKP1    format tag and version. A reader refuses KKPn of another n (unsupported version) and anything else
//           (foreign: a receipt's KKN1 code, a URL).
//   Base32  RFC 4648 alphabet (A–Z, 2–7), no padding, read case-insensitively. Every character is in the QR
//           alphanumeric set (5.5 bits a character), so the code is made in alphanumeric mode: 8.8 bits a byte
//           against 8 in byte mode. We pay that 10 % for the counter's USB scanner: in keyboard mode it types the
//           text as key presses, and letters and digits are the only characters that come out the same on a US
//           and a JIS keyboard layout (":", "*", "+" and "%" do not; Base45 would need them).
//   flags   bit 0: body is raw DEFLATE (RFC 1951); the other bits must be 0. The page compresses with the
//           browser's CompressionStream("deflate-raw") and writes the body uncompressed where it has none.
//   day     the day the page made the code, in days since 2024-01-01, big-endian (the resident's phone's date).
//   body    UTF-8 JSON: {"e": life event id (optional), "n": {question id: true|false} (optional),
//           "f": [{"i": form id, "v": definition version, "a": {field id: value, list id: [{item field: value}]}}]}.
//   CRC-32  IEEE 802.3 (zlib's crc32) over flags, day and body as written (compressed), big-endian.
//
// Never in a payload: a field that the card fills (the definitions' "prefill"), an individual number, a field the
// resident does not answer in self-service (counter-only fields, values only a rule sets). A decoder that finds one
// refuses the whole code as malicious.
namespace kakanai::preentry {

class PreEntryCodec
{
public:
    static constexpr QByteArrayView Prefix{"KKP1"};
    // The most a QR code holds in alphanumeric mode (version 40, level L): a longer text did not come from a QR code.
    static constexpr qsizetype MaxTextLength = 4296;
    // Inflating stops here: answers to one life event are a few hundred bytes; more is a compression bomb.
    static constexpr qsizetype MaxBodyLength = 16 * 1024;
    static constexpr int MaxForms = 8;
    static constexpr int MaxAnswers = 200;   // values in one form, list items' values included
    static constexpr int MaxItems = 20;      // items of one list
    static constexpr int MaxTextValue = 500; // characters of one text value
    // A pre-entry is for a visit in the coming weeks; older answers (a move planned months ago) are asked again.
    static constexpr int MaxAgeDays = 30;

    // The QR text of a pre-entry (deflated). Errors: Malicious when the pre-entry holds what a payload must not
    // (a card field, an unknown form or field, a form of a newer version than the catalog's), so that a test or a
    // tool cannot make a code the kiosk would refuse.
    static Result<QByteArray> encode(const PreEntry &entry, const forms::FormCatalog &catalog,
                                     const forms::LifeEventNavigator *navigator = nullptr);
    // As encode, but the body is written uncompressed (the page's fallback without CompressionStream).
    static Result<QByteArray> encodeUncompressed(const PreEntry &entry, const forms::FormCatalog &catalog,
                                                 const forms::LifeEventNavigator *navigator = nullptr);

    // Reads a QR text (surrounding white space, a trailing CR/LF and lower case letters are tolerated: scanners
    // add them). Checks every form and field against the catalog (and the life event against the navigator, when
    // given) and the day against `today`.
    static Result<PreEntry> decode(QByteArrayView text, const forms::FormCatalog &catalog, QDate today,
                                   const forms::LifeEventNavigator *navigator = nullptr);

    // Only the characters: true when the text starts with a pre-entry tag (any version). The scanner filter and
    // the camera use it to tell a pre-entry from other codes before decoding.
    static bool looksLikePreEntry(QByteArrayView text);

    // The codec's building blocks, public for the tests.
    static QByteArray base32Encode(QByteArrayView bytes);
    static std::optional<QByteArray> base32Decode(QByteArrayView text);
    static quint32 crc32(QByteArrayView bytes);
    // The text around a body as written (no check of the body): KKP1 + Base32(flags | day | body | CRC-32), `day` in
    // days since 2024-01-01. The encoder's last step; tests and the fuzz target make codes of any body with it.
    static QByteArray frame(quint8 flags, quint16 day, QByteArrayView body);
};

} // namespace kakanai::preentry
