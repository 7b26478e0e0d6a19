#include "preentry/PreEntryCodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <zlib.h>

#include <array>

namespace kakanai::preentry {

namespace {

constexpr char Base32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const QDate Epoch(2024, 1, 1);
constexpr quint8 FlagDeflate = 0x01;
constexpr qsizetype HeaderLength = 3;  // flags, day
constexpr qsizetype TrailerLength = 4; // CRC-32

PreEntryError error(PreEntryErrorCode code, const QString &detail)
{
    return PreEntryError::make(code, detail);
}

// Raw DEFLATE (RFC 1951, no zlib or gzip framing): what CompressionStream("deflate-raw") writes.
QByteArray deflateRaw(const QByteArray &bytes)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY) != Z_OK) {
        return {};
    }
    QByteArray out(qsizetype(deflateBound(&stream, uLong(bytes.size()))), Qt::Uninitialized);
    // zlib's API is not const-correct for its input pointer.
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    stream.avail_in = uInt(bytes.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return rc == Z_STREAM_END ? out : QByteArray();
}

// Inflates at most `limit` bytes. nullopt: not a complete DEFLATE stream (damaged); `tooLarge`: it would inflate
// to more than the limit (a bomb).
std::optional<QByteArray> inflateRaw(QByteArrayView bytes, qsizetype limit, bool *tooLarge)
{
    *tooLarge = false;
    z_stream stream{};
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) {
        return std::nullopt;
    }
    QByteArray out(limit + 1, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
    stream.avail_in = uInt(bytes.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = inflate(&stream, Z_FINISH);
    const qsizetype produced = qsizetype(stream.total_out);
    const bool allInput = stream.avail_in == 0;
    inflateEnd(&stream);
    if (produced > limit) {
        *tooLarge = true;
        return std::nullopt;
    }
    if (rc != Z_STREAM_END || !allInput) {
        return std::nullopt;
    }
    out.resize(produced);
    return out;
}

bool scalarFits(const QJsonValue &v)
{
    if (v.isBool()) {
        return true;
    }
    if (v.isDouble()) {
        return forms::integerFromJson(v).has_value();
    }
    if (v.isString()) {
        return v.toString().size() <= PreEntryCodec::MaxTextValue;
    }
    if (v.isArray()) { // a multi_choice's option values
        const QJsonArray a = v.toArray();
        if (a.size() > 64) {
            return false;
        }
        for (const QJsonValue &x : a) {
            if (!x.isString() || x.toString().size() > 64) {
                return false;
            }
        }
        return true;
    }
    return false;
}

// Checks one form's answers. `current`: the catalog has this very version, so every field must exist and be
// answerable; for an older version an unknown field is an answer that no longer fits (applyPreEntry drops it),
// but a card field is refused all the same.
std::optional<PreEntryError> checkAnswers(const QJsonObject &answers, const forms::FormDefinition &def, bool current)
{
    int count = 0;
    auto check = [&](const QString &path, const forms::FieldDefinition *f) -> std::optional<PreEntryError> {
        if (++count > PreEntryCodec::MaxAnswers) {
            return error(PreEntryErrorCode::Malicious, QStringLiteral("too many answers"));
        }
        if (!f) {
            if (current) {
                return error(PreEntryErrorCode::Malicious, QStringLiteral("unknown field %1.%2").arg(def.id, path));
            }
            return std::nullopt;
        }
        if (!isPreEntryField(*f)) {
            return error(PreEntryErrorCode::Malicious,
                         QStringLiteral("field %1.%2 is not the resident's").arg(def.id, path));
        }
        return std::nullopt;
    };
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const forms::FieldDefinition *f = def.field(it.key());
        if (it.key().contains(QLatin1Char('['))) {
            return error(PreEntryErrorCode::Malicious, QStringLiteral("indexed path in %1").arg(def.id));
        }
        if (it.value().isArray() && (!f || f->type == forms::FieldType::List) &&
            (it.value().toArray().isEmpty() || it.value().toArray().first().isObject())) {
            const QJsonArray items = it.value().toArray();
            if (f && !f->input) {
                return error(PreEntryErrorCode::Malicious,
                             QStringLiteral("list %1.%2 is not input").arg(def.id, it.key()));
            }
            if (items.size() > PreEntryCodec::MaxItems) {
                return error(PreEntryErrorCode::Malicious,
                             QStringLiteral("too many items in %1.%2").arg(def.id, it.key()));
            }
            for (const QJsonValue &item : items) {
                if (!item.isObject()) {
                    return error(PreEntryErrorCode::Malicious, QStringLiteral("list item is no object"));
                }
                const QJsonObject o = item.toObject();
                for (auto x = o.begin(); x != o.end(); ++x) {
                    const forms::FieldDefinition *itemField = nullptr;
                    if (f) {
                        for (const forms::FieldDefinition &candidate : f->itemFields) {
                            if (candidate.id == x.key()) {
                                itemField = &candidate;
                            }
                        }
                    }
                    if (auto e = check(it.key() + QLatin1Char('.') + x.key(), f ? itemField : nullptr)) {
                        return e;
                    }
                    if (!scalarFits(x.value())) {
                        return error(PreEntryErrorCode::Malicious,
                                     QStringLiteral("value of %1.%2.%3").arg(def.id, it.key(), x.key()));
                    }
                }
            }
            continue;
        }
        if (auto e = check(it.key(), f)) {
            return e;
        }
        if ((f && f->type == forms::FieldType::List) || !scalarFits(it.value())) {
            return error(PreEntryErrorCode::Malicious, QStringLiteral("value of %1.%2").arg(def.id, it.key()));
        }
    }
    return std::nullopt;
}

std::optional<PreEntryError> checkEntry(const PreEntry &entry, const forms::FormCatalog &catalog,
                                        const forms::LifeEventNavigator *navigator)
{
    if (entry.forms.isEmpty() || entry.forms.size() > PreEntryCodec::MaxForms) {
        return error(PreEntryErrorCode::Malicious, QStringLiteral("%1 forms").arg(entry.forms.size()));
    }
    if (!entry.eventId.isEmpty() && navigator) {
        const forms::LifeEvent *event = navigator->event(entry.eventId);
        if (!event) {
            return error(PreEntryErrorCode::Foreign,
                         QStringLiteral("unknown life event %1").arg(entry.eventId.left(40)));
        }
        for (auto it = entry.navigator.begin(); it != entry.navigator.end(); ++it) {
            if (!event->questions.contains(it.key())) {
                return error(PreEntryErrorCode::Malicious,
                             QStringLiteral("question %1 is not the event's").arg(it.key().left(40)));
            }
        }
    } else if (entry.eventId.isEmpty() && !entry.navigator.isEmpty()) {
        return error(PreEntryErrorCode::Malicious, QStringLiteral("navigator answers without a life event"));
    }
    QStringList seen;
    for (const PreEntryForm &form : entry.forms) {
        const forms::FormDefinition *def = catalog.form(form.formId);
        if (!def) {
            return error(PreEntryErrorCode::Foreign, QStringLiteral("unknown form %1").arg(form.formId.left(40)));
        }
        if (seen.contains(form.formId)) {
            return error(PreEntryErrorCode::Malicious, QStringLiteral("form %1 twice").arg(form.formId));
        }
        seen.append(form.formId);
        if (form.version < 1) {
            return error(PreEntryErrorCode::Malicious,
                         QStringLiteral("version %1 of %2").arg(form.version).arg(form.formId));
        }
        if (form.version > def->version) {
            return error(
                PreEntryErrorCode::UnsupportedVersion,
                QStringLiteral("%1 version %2, the kiosk has %3").arg(form.formId).arg(form.version).arg(def->version));
        }
        if (auto e = checkAnswers(form.answers, *def, form.version == def->version)) {
            return e;
        }
    }
    return std::nullopt;
}

QByteArray bodyJson(const PreEntry &entry)
{
    QJsonObject root;
    if (!entry.eventId.isEmpty()) {
        root.insert(QStringLiteral("e"), entry.eventId);
    }
    if (!entry.navigator.isEmpty()) {
        QJsonObject n;
        for (auto it = entry.navigator.begin(); it != entry.navigator.end(); ++it) {
            n.insert(it.key(), it.value());
        }
        root.insert(QStringLiteral("n"), n);
    }
    QJsonArray forms;
    for (const PreEntryForm &f : entry.forms) {
        forms.append(QJsonObject{
            {QStringLiteral("i"), f.formId}, {QStringLiteral("v"), f.version}, {QStringLiteral("a"), f.answers}});
    }
    root.insert(QStringLiteral("f"), forms);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<QByteArray> encodeWith(const PreEntry &entry, const forms::FormCatalog &catalog,
                              const forms::LifeEventNavigator *navigator, bool compress)
{
    if (auto e = checkEntry(entry, catalog, navigator)) {
        return *e;
    }
    const qint64 day = Epoch.daysTo(entry.created);
    if (!entry.created.isValid() || day < 0 || day > 0xFFFF) {
        return error(PreEntryErrorCode::Malicious, QStringLiteral("day outside the format"));
    }
    QByteArray body = bodyJson(entry);
    if (compress) {
        body = deflateRaw(body);
        if (body.isEmpty()) {
            return error(PreEntryErrorCode::Malicious, QStringLiteral("deflate failed"));
        }
    }
    QByteArray text = PreEntryCodec::frame(compress ? FlagDeflate : 0, quint16(day), body);
    if (text.size() > PreEntryCodec::MaxTextLength) {
        return error(PreEntryErrorCode::Malicious, QStringLiteral("does not fit a QR code"));
    }
    return text;
}

} // namespace

Result<QByteArray> PreEntryCodec::encode(const PreEntry &entry, const forms::FormCatalog &catalog,
                                         const forms::LifeEventNavigator *navigator)
{
    return encodeWith(entry, catalog, navigator, true);
}

Result<QByteArray> PreEntryCodec::encodeUncompressed(const PreEntry &entry, const forms::FormCatalog &catalog,
                                                     const forms::LifeEventNavigator *navigator)
{
    return encodeWith(entry, catalog, navigator, false);
}

bool PreEntryCodec::looksLikePreEntry(QByteArrayView text)
{
    const QByteArrayView t = text.trimmed();
    return t.size() >= 4 && QByteArrayView(t.first(3)).compare("KKP", Qt::CaseInsensitive) == 0 && t.at(3) >= '0' &&
           t.at(3) <= '9';
}

Result<PreEntry> PreEntryCodec::decode(QByteArrayView text, const forms::FormCatalog &catalog, QDate today,
                                       const forms::LifeEventNavigator *navigator)
{
    const QByteArrayView t = text.trimmed();
    if (t.size() > MaxTextLength) {
        return error(PreEntryErrorCode::Malicious, QStringLiteral("%1 characters").arg(t.size()));
    }
    if (!looksLikePreEntry(t)) {
        return error(PreEntryErrorCode::Foreign, QStringLiteral("no pre-entry tag"));
    }
    if (t.at(3) != Prefix.at(3)) {
        return error(PreEntryErrorCode::UnsupportedVersion, QStringLiteral("format %1").arg(QLatin1Char(t.at(3))));
    }
    const auto bytes = base32Decode(t.sliced(Prefix.size()));
    if (!bytes) {
        return error(PreEntryErrorCode::Damaged, QStringLiteral("not Base32"));
    }
    if (bytes->size() < HeaderLength + TrailerLength + 2) {
        return error(PreEntryErrorCode::Damaged, QStringLiteral("too short"));
    }
    const QByteArrayView signedPart = QByteArrayView(*bytes).first(bytes->size() - TrailerLength);
    quint32 stored = 0;
    for (qsizetype i = bytes->size() - TrailerLength; i < bytes->size(); ++i) {
        stored = (stored << 8) | quint8(bytes->at(i));
    }
    if (crc32(signedPart) != stored) {
        return error(PreEntryErrorCode::Damaged, QStringLiteral("checksum"));
    }
    const quint8 flags = quint8(signedPart.at(0));
    if ((flags & ~FlagDeflate) != 0) {
        return error(PreEntryErrorCode::UnsupportedVersion, QStringLiteral("flags %1").arg(flags));
    }
    PreEntry entry;
    entry.created = Epoch.addDays((quint8(signedPart.at(1)) << 8) | quint8(signedPart.at(2)));
    if (today.isValid()) {
        // One day of tolerance: the phone and the kiosk may disagree about midnight.
        if (entry.created > today.addDays(1)) {
            return error(PreEntryErrorCode::Damaged, QStringLiteral("made in the future"));
        }
        if (entry.created.daysTo(today) > MaxAgeDays) {
            return error(PreEntryErrorCode::Expired, QStringLiteral("%1 days old").arg(entry.created.daysTo(today)));
        }
    }
    QByteArray body = signedPart.sliced(HeaderLength).toByteArray();
    if (flags & FlagDeflate) {
        bool tooLarge = false;
        auto inflated = inflateRaw(body, MaxBodyLength, &tooLarge);
        if (tooLarge) {
            return error(PreEntryErrorCode::Malicious, QStringLiteral("inflates past %1 bytes").arg(MaxBodyLength));
        }
        if (!inflated) {
            return error(PreEntryErrorCode::Damaged, QStringLiteral("DEFLATE stream"));
        }
        body = std::move(*inflated);
    } else if (body.size() > MaxBodyLength) {
        return error(PreEntryErrorCode::Malicious, QStringLiteral("body past %1 bytes").arg(MaxBodyLength));
    }
    // The checksum was right: from here on a payload that does not fit was made so on purpose.
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return error(PreEntryErrorCode::Malicious, QStringLiteral("body is no JSON object"));
    }
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() != QLatin1String("e") && it.key() != QLatin1String("n") && it.key() != QLatin1String("f")) {
            return error(PreEntryErrorCode::Malicious, QStringLiteral("unknown key"));
        }
    }
    if (root.contains(QLatin1String("e"))) {
        if (!root.value(QLatin1String("e")).isString()) {
            return error(PreEntryErrorCode::Malicious, QStringLiteral("event is no text"));
        }
        entry.eventId = root.value(QLatin1String("e")).toString();
    }
    const QJsonValue n = root.value(QLatin1String("n"));
    if (!n.isUndefined()) {
        if (!n.isObject()) {
            return error(PreEntryErrorCode::Malicious, QStringLiteral("navigator answers"));
        }
        const QJsonObject o = n.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isBool()) {
                return error(PreEntryErrorCode::Malicious, QStringLiteral("navigator answer is no boolean"));
            }
            entry.navigator.insert(it.key(), it.value().toBool());
        }
    }
    const QJsonValue f = root.value(QLatin1String("f"));
    if (!f.isArray()) {
        return error(PreEntryErrorCode::Malicious, QStringLiteral("no forms"));
    }
    for (const QJsonValue &v : f.toArray()) {
        const QJsonObject o = v.toObject();
        if (!v.isObject() || o.size() != 3 || !o.value(QLatin1String("i")).isString() ||
            !forms::integerFromJson(o.value(QLatin1String("v"))) || !o.value(QLatin1String("a")).isObject()) {
            return error(PreEntryErrorCode::Malicious, QStringLiteral("form entry"));
        }
        PreEntryForm form;
        form.formId = o.value(QLatin1String("i")).toString();
        const qint64 version = *forms::integerFromJson(o.value(QLatin1String("v")));
        form.version = version > 1000000 || version < -1 ? -1 : int(version);
        form.answers = o.value(QLatin1String("a")).toObject();
        entry.forms.append(form);
        if (entry.forms.size() > MaxForms) {
            break;
        }
    }
    if (auto e = checkEntry(entry, catalog, navigator)) {
        return *e;
    }
    if (!entry.eventId.isEmpty() && navigator) {
        // The event's forms only: a code that selects 転入 does not bring a 印鑑登録 along.
        const forms::LifeEvent *event = navigator->event(entry.eventId);
        for (const PreEntryForm &form : entry.forms) {
            if (!event->forms.contains(form.formId)) {
                return error(PreEntryErrorCode::Malicious,
                             QStringLiteral("form %1 is not the event's").arg(form.formId));
            }
        }
    }
    return entry;
}

QByteArray PreEntryCodec::base32Encode(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve((bytes.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out.append(Base32Alphabet[(buffer >> (bits - 5)) & 0x1F]);
            bits -= 5;
        }
    }
    if (bits > 0) {
        out.append(Base32Alphabet[(buffer << (5 - bits)) & 0x1F]);
    }
    return out;
}

std::optional<QByteArray> PreEntryCodec::base32Decode(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (char c : text) {
        int v = -1;
        if (c >= 'A' && c <= 'Z') {
            v = c - 'A';
        } else if (c >= 'a' && c <= 'z') {
            v = c - 'a';
        } else if (c >= '2' && c <= '7') {
            v = c - '2' + 26;
        }
        if (v < 0) {
            return std::nullopt;
        }
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xFF));
            bits -= 8;
        }
    }
    // RFC 4648 without padding: a length of 1, 3 or 6 characters modulo 8 never comes from whole bytes, and the
    // left-over bits must be zero.
    const qsizetype rest = text.size() % 8;
    if (rest == 1 || rest == 3 || rest == 6 || (buffer & ((1u << bits) - 1)) != 0) {
        return std::nullopt;
    }
    return out;
}

QByteArray PreEntryCodec::frame(quint8 flags, quint16 day, QByteArrayView body)
{
    QByteArray bytes;
    bytes.append(char(flags));
    bytes.append(char((day >> 8) & 0xFF));
    bytes.append(char(day & 0xFF));
    bytes.append(body);
    const quint32 crc = crc32(bytes);
    for (int shift = 24; shift >= 0; shift -= 8) {
        bytes.append(char((crc >> shift) & 0xFF));
    }
    return Prefix.toByteArray() + base32Encode(bytes);
}

quint32 PreEntryCodec::crc32(QByteArrayView bytes)
{
    return quint32(::crc32(0L, reinterpret_cast<const Bytef *>(bytes.data()), uInt(bytes.size())));
}

} // namespace kakanai::preentry
