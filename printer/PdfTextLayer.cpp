#include "printer/PdfTextLayer.h"

#include "printer/PrinterLogging.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <zlib.h>

#include <map>

namespace kakanai::printer {

namespace {

PrintError unverifiable(const QString &detail)
{
    return PrintError::make(PrintErrorCode::TextLayerUnverifiable, detail);
}

std::optional<QByteArray> inflate(const QByteArray &data)
{
    z_stream z{};
    if (inflateInit(&z) != Z_OK) {
        return std::nullopt;
    }
    QByteArray out;
    char buffer[65536];
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    int rc = Z_OK;
    do {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof(buffer);
        rc = ::inflate(&z, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&z);
            return std::nullopt;
        }
        out.append(buffer, qsizetype(sizeof(buffer) - z.avail_out));
    } while (rc != Z_STREAM_END && z.avail_in > 0);
    inflateEnd(&z);
    return rc == Z_STREAM_END ? std::optional<QByteArray>(out) : std::nullopt;
}

QByteArray deflate(const QByteArray &data)
{
    uLongf size = compressBound(uLong(data.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(data.constData()),
                  uLong(data.size()), Z_DEFAULT_COMPRESSION) != Z_OK) {
        return QByteArray();
    }
    out.resize(qsizetype(size));
    return out;
}

QByteArray utf16Hex(const QString &text)
{
    QByteArray hex;
    for (const QChar c : text) {
        hex += QByteArray::number(c.unicode(), 16).toUpper().rightJustified(4, '0');
    }
    return hex;
}

// The objects of a PDF with a classic xref table, as Qt writes it.
struct PdfFile
{
    QByteArray data;
    QByteArray header;                                      // bytes before the first object
    QByteArray trailer;                                     // "trailer << … >>\n"
    std::map<int, std::pair<qsizetype, qsizetype>> objects; // number → [start, end)
    int size = 0;

    QByteArray object(int number) const
    {
        auto it = objects.find(number);
        return it == objects.end() ? QByteArray() : data.mid(it->second.first, it->second.second - it->second.first);
    }
};

std::optional<PdfFile> parseFile(const QByteArray &data)
{
    PdfFile f;
    f.data = data;
    const qsizetype sx = data.lastIndexOf("startxref");
    if (sx < 0) {
        return std::nullopt;
    }
    bool ok = false;
    const qsizetype xref = data.mid(sx + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || xref <= 0 || xref >= sx || !data.mid(xref).startsWith("xref")) {
        return std::nullopt;
    }
    const qsizetype trailerAt = data.indexOf("trailer", xref);
    if (trailerAt < 0) {
        return std::nullopt;
    }
    f.trailer = data.mid(trailerAt, sx - trailerAt);
    const QList<QByteArray> tokens = data.mid(xref + 4, trailerAt - xref - 4).simplified().split(' ');
    QList<std::pair<int, qsizetype>> entries;
    for (qsizetype i = 0; i + 1 < tokens.size();) {
        const int first = tokens.at(i).toInt();
        const int count = tokens.at(i + 1).toInt();
        i += 2;
        for (int n = 0; n < count; ++n, i += 3) {
            if (i + 2 >= tokens.size()) {
                return std::nullopt;
            }
            if (tokens.at(i + 2) == "n") {
                entries.append({first + n, tokens.at(i).toLongLong()});
            }
        }
        f.size = std::max(f.size, first + count);
    }
    std::sort(entries.begin(), entries.end(), [](auto a, auto b) { return a.second < b.second; });
    if (entries.isEmpty()) {
        return std::nullopt;
    }
    f.header = data.left(entries.first().second);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const qsizetype start = entries.at(i).second;
        const qsizetype end = i + 1 < entries.size() ? entries.at(i + 1).second : xref;
        if (start >= end ||
            !data.mid(start, 24).startsWith(QByteArray(QByteArray::number(entries.at(i).first) + " 0 obj"))) {
            return std::nullopt;
        }
        f.objects[entries.at(i).first] = {start, end};
    }
    return f;
}

// The outermost dictionary of an object ("<< … >>"), nested dictionaries included.
QByteArray dictionary(const QByteArray &object)
{
    const qsizetype start = object.indexOf("<<");
    if (start < 0) {
        return QByteArray();
    }
    int depth = 0;
    for (qsizetype i = start; i + 1 < object.size(); ++i) {
        if (object.at(i) == '<' && object.at(i + 1) == '<') {
            ++depth;
            ++i;
        } else if (object.at(i) == '>' && object.at(i + 1) == '>') {
            --depth;
            ++i;
            if (depth == 0) {
                return object.mid(start, i + 1 - start);
            }
        }
    }
    return QByteArray();
}

// "/Key N 0 R" in a dictionary.
std::optional<int> reference(const QByteArray &dict, const char *key)
{
    const QRegularExpression re(QStringLiteral("/%1\\s+(\\d+)\\s+0\\s+R").arg(QLatin1String(key)));
    const auto m = re.match(QString::fromLatin1(dict));
    return m.hasMatch() ? std::optional<int>(m.captured(1).toInt()) : std::nullopt;
}

// A nested dictionary value "/Key << … >>" of a dictionary.
QByteArray subDictionary(const QByteArray &dict, const char *key)
{
    const qsizetype at = dict.indexOf(QByteArray(QByteArray("/") + key));
    if (at < 0) {
        return QByteArray();
    }
    const qsizetype open = dict.indexOf("<<", at);
    const qsizetype between = open - at - qsizetype(qstrlen(key)) - 1;
    if (open < 0 || dict.mid(at + qsizetype(qstrlen(key)) + 1, between).trimmed().size() != 0) {
        return QByteArray();
    }
    return dictionary(dict.mid(open));
}

struct Stream
{
    QByteArray dict;
    QByteArray data; // decoded
};

std::optional<Stream> readStream(const PdfFile &file, int number)
{
    const QByteArray object = file.object(number);
    Stream s;
    s.dict = dictionary(object);
    const qsizetype keyword = object.indexOf("stream", object.indexOf(s.dict) + s.dict.size());
    if (s.dict.isEmpty() || keyword < 0) {
        return std::nullopt;
    }
    qsizetype start = keyword + 6;
    if (object.mid(start, 2) == "\r\n") {
        start += 2;
    } else if (object.at(start) == '\n') {
        start += 1;
    }
    qsizetype length = -1;
    if (auto ref = reference(s.dict, "Length")) {
        const QByteArray lengthObject = file.object(*ref);
        static const QRegularExpression integer(QStringLiteral("obj\\s+(\\d+)\\s+endobj"));
        const auto m = integer.match(QString::fromLatin1(lengthObject));
        length = m.hasMatch() ? m.captured(1).toLongLong() : -1;
    } else {
        static const QRegularExpression direct(QStringLiteral("/Length\\s+(\\d+)"));
        const auto m = direct.match(QString::fromLatin1(s.dict));
        length = m.hasMatch() ? m.captured(1).toLongLong() : -1;
    }
    if (length < 0 || start + length > object.size()) {
        return std::nullopt;
    }
    const QByteArray raw = object.mid(start, length);
    if (s.dict.contains("/FlateDecode")) {
        auto decoded = inflate(raw);
        if (!decoded) {
            return std::nullopt;
        }
        s.data = *decoded;
    } else if (s.dict.contains("/Filter")) {
        return std::nullopt;
    } else {
        s.data = raw;
    }
    return s;
}

QByteArray streamObject(int number, const QByteArray &content)
{
    const QByteArray packed = deflate(content);
    return QByteArray::number(number) + " 0 obj\n<<\n/Length " + QByteArray::number(packed.size()) +
           "\n/Filter /FlateDecode\n>>\nstream\n" + packed + "\nendstream\nendobj\n";
}

// One text object of a content stream.
struct TextObject
{
    qsizetype begin = 0; // offset of "BT"
    qsizetype end = 0;   // offset just after "ET"
    QByteArray font;     // resource name without '/'
    QList<quint16> cids;
};

// The text objects of a content stream written by Qt: BT, "/Fn size Tf", then "<cid> Tj" per glyph, ET. Anything
// else that shows text (TJ, ', ") is refused, since its glyphs could not be matched.
std::optional<QList<TextObject>> textObjects(const QByteArray &content, QString *why)
{
    QList<TextObject> out;
    std::optional<TextObject> current;
    QList<QByteArray> operands;
    qsizetype i = 0;
    const qsizetype n = content.size();
    auto isDelimiter = [](char c) {
        return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}' ||
               c == '/' || c == '%';
    };
    while (i < n) {
        const char c = content.at(i);
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0') {
            ++i;
        } else if (c == '%') {
            while (i < n && content.at(i) != '\n' && content.at(i) != '\r') {
                ++i;
            }
        } else if (c == '<' && i + 1 < n && content.at(i + 1) == '<') {
            // A dictionary operand (inline image parameters, marked-content properties): skip it whole.
            const QByteArray dict = dictionary(content.mid(i));
            if (dict.isEmpty()) {
                *why = QStringLiteral("unbalanced dictionary in a content stream");
                return std::nullopt;
            }
            operands.append(dict);
            i += dict.size();
        } else if (c == '<') {
            const qsizetype close = content.indexOf('>', i);
            if (close < 0) {
                *why = QStringLiteral("unterminated hex string");
                return std::nullopt;
            }
            operands.append(content.mid(i, close + 1 - i));
            i = close + 1;
        } else if (c == '(') {
            *why = QStringLiteral("literal string in a content stream");
            return std::nullopt;
        } else if (c == '[' || c == ']') {
            operands.append(QByteArray(1, c));
            ++i;
        } else {
            qsizetype j = i + 1;
            while (j < n && !isDelimiter(content.at(j)) && content.at(j) != ' ' && content.at(j) != '\n' &&
                   content.at(j) != '\r' && content.at(j) != '\t') {
                ++j;
            }
            const QByteArray token = content.mid(i, j - i);
            const char first = token.at(0);
            const bool operand =
                first == '/' || first == '-' || first == '+' || first == '.' || (first >= '0' && first <= '9');
            if (operand) {
                operands.append(token);
            } else if (token == "BT") {
                if (current) {
                    *why = QStringLiteral("nested BT");
                    return std::nullopt;
                }
                current = TextObject{};
                current->begin = i;
                operands.clear();
            } else if (token == "ET") {
                if (!current) {
                    *why = QStringLiteral("ET without BT");
                    return std::nullopt;
                }
                current->end = j;
                out.append(*current);
                current.reset();
                operands.clear();
            } else if (token == "Tf") {
                if (!current || operands.size() < 2 || !operands.at(operands.size() - 2).startsWith('/')) {
                    *why = QStringLiteral("Tf outside a text object");
                    return std::nullopt;
                }
                current->font = operands.at(operands.size() - 2).mid(1);
                operands.clear();
            } else if (token == "Tj") {
                const QByteArray hex = operands.isEmpty() ? QByteArray() : operands.last();
                if (!current || current->font.isEmpty() || !hex.startsWith('<') || (hex.size() - 2) % 4 != 0) {
                    *why = QStringLiteral("Tj without a font or with a non-CID operand");
                    return std::nullopt;
                }
                for (qsizetype k = 1; k + 4 <= hex.size() - 1; k += 4) {
                    bool ok = false;
                    current->cids.append(quint16(hex.mid(k, 4).toUInt(&ok, 16)));
                    if (!ok) {
                        *why = QStringLiteral("bad CID");
                        return std::nullopt;
                    }
                }
                operands.clear();
            } else if (token == "TJ" || token == "'" || token == "\"") {
                *why = QStringLiteral("text operator %1 is not supported").arg(QString::fromLatin1(token));
                return std::nullopt;
            } else {
                operands.clear();
            }
            i = j;
        }
    }
    if (current) {
        *why = QStringLiteral("BT without ET");
        return std::nullopt;
    }
    return out;
}

QByteArray toUnicodeCMap(const QMap<quint16, QString> &map)
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    QList<std::pair<quint16, QString>> entries;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it.key() != 0 && !it.value().isEmpty()) {
            entries.append({it.key(), it.value()});
        }
    }
    for (qsizetype i = 0; i < entries.size(); i += 100) {
        const qsizetype count = std::min<qsizetype>(100, entries.size() - i);
        out += QByteArray::number(count) + " beginbfchar\n";
        for (qsizetype k = i; k < i + count; ++k) {
            out += '<' + QByteArray::number(entries.at(k).first, 16).toUpper().rightJustified(4, '0') + "> <" +
                   utf16Hex(entries.at(k).second) + ">\n";
        }
        out += "endbfchar\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

} // namespace

Result<QByteArray> PdfTextLayer::apply(const QByteArray &pdf, const QList<TextRun> &runs)
{
    auto file = parseFile(pdf);
    if (!file) {
        return unverifiable(QStringLiteral("not a PDF with a classic xref table"));
    }
    auto root = reference(dictionary(file->trailer), "Root");
    auto pagesRoot = root ? reference(dictionary(file->object(*root)), "Pages") : std::nullopt;
    if (!pagesRoot) {
        return unverifiable(QStringLiteral("no page tree"));
    }
    // Pages in order (the tree walked depth first).
    QList<int> pages;
    std::function<bool(int, int)> walk = [&](int number, int depth) {
        const QByteArray dict = dictionary(file->object(number));
        if (depth > 16 || dict.isEmpty()) {
            return false;
        }
        if (dict.contains("/Type /Pages")) {
            const qsizetype open = dict.indexOf('[', dict.indexOf("/Kids"));
            const qsizetype close = dict.indexOf(']', open);
            static const QRegularExpression ref(QStringLiteral("(\\d+)\\s+0\\s+R"));
            auto it = ref.globalMatch(QString::fromLatin1(dict.mid(open, close - open)));
            while (it.hasNext()) {
                if (!walk(it.next().captured(1).toInt(), depth + 1)) {
                    return false;
                }
            }
            return open >= 0 && close > open;
        }
        pages.append(number);
        return true;
    };
    if (!walk(*pagesRoot, 0)) {
        return unverifiable(QStringLiteral("broken page tree"));
    }

    QHash<int, QByteArray> replaced;
    QMap<int, QMap<quint16, QString>> cmaps; // font object → CID → text
    int conflicts = 0;
    qsizetype runIndex = 0;
    for (int page : pages) {
        const QByteArray pageDict = dictionary(file->object(page));
        auto contents = reference(pageDict, "Contents");
        QByteArray resources = subDictionary(pageDict, "Resources");
        if (auto ref = reference(pageDict, "Resources")) {
            resources = dictionary(file->object(*ref));
        }
        if (!contents) {
            return unverifiable(QStringLiteral("page %1 has no single content stream").arg(page));
        }
        QHash<QByteArray, int> fonts;
        static const QRegularExpression fontRef(QStringLiteral("/([A-Za-z0-9_.+-]+)\\s+(\\d+)\\s+0\\s+R"));
        auto it = fontRef.globalMatch(QString::fromLatin1(subDictionary(resources, "Font")));
        while (it.hasNext()) {
            const auto m = it.next();
            fonts.insert(m.captured(1).toLatin1(), m.captured(2).toInt());
        }
        auto stream = readStream(*file, *contents);
        if (!stream) {
            return unverifiable(QStringLiteral("unreadable content stream %1").arg(*contents));
        }
        QString why;
        auto objects = textObjects(stream->data, &why);
        if (!objects) {
            return unverifiable(why);
        }
        QByteArray rewritten;
        qsizetype copied = 0;
        for (const TextObject &t : *objects) {
            if (runIndex >= runs.size()) {
                return unverifiable(QStringLiteral("more text objects than drawn runs"));
            }
            const TextRun &run = runs.at(runIndex++);
            if (t.cids.size() != run.glyphText.size()) {
                return unverifiable(QStringLiteral("run %1: %2 glyphs drawn, %3 in the PDF")
                                        .arg(runIndex - 1)
                                        .arg(run.glyphText.size())
                                        .arg(t.cids.size()));
            }
            const int font = fonts.value(t.font, -1);
            if (font < 0) {
                return unverifiable(
                    QStringLiteral("font resource %1 not on the page").arg(QString::fromLatin1(t.font)));
            }
            QMap<quint16, QString> &cmap = cmaps[font];
            for (qsizetype g = 0; g < t.cids.size(); ++g) {
                auto existing = cmap.constFind(t.cids.at(g));
                if (existing == cmap.constEnd()) {
                    cmap.insert(t.cids.at(g), run.glyphText.at(g));
                } else if (*existing != run.glyphText.at(g)) {
                    ++conflicts; // one glyph drawn for two texts (U+2003 and U+3000): ActualText keeps both exact
                }
            }
            rewritten += stream->data.mid(copied, t.begin - copied);
            rewritten += "/Span <</ActualText <FEFF" + utf16Hex(run.actualText) + ">>> BDC\n";
            rewritten += stream->data.mid(t.begin, t.end - t.begin);
            rewritten += "\nEMC";
            copied = t.end;
        }
        rewritten += stream->data.mid(copied);
        replaced.insert(*contents, streamObject(*contents, rewritten));
    }
    if (runIndex != runs.size()) {
        return unverifiable(QStringLiteral("%1 runs drawn, %2 text objects in the PDF").arg(runs.size()).arg(runIndex));
    }
    for (auto it = cmaps.begin(); it != cmaps.end(); ++it) {
        auto toUnicode = reference(dictionary(file->object(it.key())), "ToUnicode");
        if (!toUnicode) {
            return unverifiable(QStringLiteral("font %1 has no ToUnicode map").arg(it.key()));
        }
        replaced.insert(*toUnicode, streamObject(*toUnicode, toUnicodeCMap(it.value())));
    }
    if (conflicts > 0) {
        qCDebug(lcPrinter) << "text layer:" << conflicts << "glyphs shared by different characters";
    }

    QByteArray out = file->header;
    QMap<int, qsizetype> offsets;
    QList<std::pair<qsizetype, int>> order;
    for (const auto &[number, range] : file->objects) {
        order.append({range.first, number});
    }
    std::sort(order.begin(), order.end());
    for (const auto &[start, number] : order) {
        offsets.insert(number, out.size());
        out += replaced.contains(number) ? replaced.value(number) : file->object(number);
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(file->size) + "\n";
    for (int n = 0; n < file->size; ++n) {
        if (offsets.contains(n)) {
            out += QByteArray::number(offsets.value(n)).rightJustified(10, '0') + " 00000 n \n";
        } else {
            out += "0000000000 65535 f \n";
        }
    }
    out += file->trailer;
    out += "startxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace kakanai::printer
