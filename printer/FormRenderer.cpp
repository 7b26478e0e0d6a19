#include "printer/FormRenderer.h"

#include "printer/PrinterLogging.h"

#include "forms/FormInstance.h"

#include <QJsonArray>

#include <functional>

namespace kakanai::printer {

using namespace kakanai::forms;

namespace {

constexpr qreal ValuePt = 10.0;
constexpr qreal LabelPt = 7.5;
constexpr qreal SecondPt = 5.5;
constexpr qreal NotePt = 6.5;
constexpr qreal Pad = 1.3;
constexpr qreal MinRow = 7.0;
constexpr qreal MarkSize = 2.0;
constexpr int MaxOptionsShown = 6;
const QString Checked = QStringLiteral("■");
const QString Unchecked = QStringLiteral("□");
const QString Gap = QStringLiteral("　");

struct FieldText
{
    QString text;
    bool fromCard = false;
    QString cardNote; // a small line under the value: the card's value when it was changed, or why it is masked
};

QString optionsText(const FieldDefinition &f, const QStringList &chosen)
{
    if (f.options.size() > MaxOptionsShown) {
        QStringList labels;
        for (const ChoiceOption &o : f.options) {
            if (chosen.contains(o.value)) {
                labels.append(Checked + o.label.ja());
            }
        }
        return labels.join(Gap);
    }
    QStringList parts;
    for (const ChoiceOption &o : f.options) {
        parts.append((chosen.contains(o.value) ? Checked : Unchecked) + o.label.ja());
    }
    return parts.join(Gap);
}

QString plainText(const FieldDefinition &f, const QJsonValue &v, const PrintTexts &texts)
{
    if (v.isNull() || v.isUndefined()) {
        return f.type == FieldType::Boolean ? Unchecked + texts.ja(QStringLiteral("form.yes")) + Gap + Unchecked +
                                                  texts.ja(QStringLiteral("form.no"))
               : (f.type == FieldType::Choice || f.type == FieldType::MultiChoice) ? optionsText(f, {})
                                                                                   : QString();
    }
    switch (f.type) {
    case FieldType::Date:
        return layout::dateText(v.toString());
    case FieldType::Choice:
        return optionsText(f, {v.toString()});
    case FieldType::MultiChoice: {
        QStringList chosen;
        for (const QJsonValue &x : v.toArray()) {
            chosen.append(x.toString());
        }
        return optionsText(f, chosen);
    }
    case FieldType::Boolean:
        return (v.toBool() ? Checked : Unchecked) + texts.ja(QStringLiteral("form.yes")) + Gap +
               (v.toBool() ? Unchecked : Checked) + texts.ja(QStringLiteral("form.no"));
    case FieldType::Integer:
        return QString::number(v.toInteger());
    case FieldType::PostalCode:
        return v.toString().isEmpty() ? QString() : layout::postalText(v.toString());
    case FieldType::IndividualNumber:
        // Printed paper is handled by many hands; the number travels only in the (encrypted) request data.
        return v.toString().isEmpty() ? QString() : QStringLiteral("●●●●　●●●●　●●●●");
    case FieldType::Text:
    case FieldType::List:
        break;
    }
    return v.isString() ? v.toString() : QString();
}

FieldText fieldText(const FieldDefinition &f, const FieldValue *v, const PrintTexts &texts)
{
    FieldText out;
    out.text = plainText(f, v ? v->value.toJson() : QJsonValue(), texts);
    if (v) {
        out.fromCard = v->provenance == Provenance::Card;
        if (f.type == FieldType::IndividualNumber && !out.text.isEmpty()) {
            out.cardNote = texts.ja(QStringLiteral("form.individual_number_masked"));
        } else if (v->cardValue && f.type != FieldType::IndividualNumber) {
            QString card = plainText(f, v->cardValue->toJson(), texts);
            if (f.type == FieldType::Choice) {
                const ChoiceOption *o = f.option(v->cardValue->toString());
                card = o ? o->label.ja() : v->cardValue->toString();
            }
            out.cardNote = texts.ja(QStringLiteral("form.card_value")) + card;
        }
    }
    return out;
}

} // namespace

// A piece of the form that is kept on one page: a section heading, a row of fields, a list heading, one list item
// or a signature box. `draw` returns its height; with a measuring canvas it only measures.
struct FormRenderer::Block
{
    enum class Kind
    {
        Heading,
        Content,
    };
    Kind kind = Kind::Content;
    int section = -1;
    std::function<qreal(Canvas &, qreal)> draw;
};

FormRenderer::FormRenderer(const RenderContext &context, const PrintedRequest &request, const StoredForm &form)
    : m_context(context)
    , m_request(request)
    , m_form(form)
    , m_values(form.instance)
{
    const FormLayout &l = form.instance.definition().layout;
    QSizeF size = l.paper == QLatin1String("A3")   ? QSizeF(297, 420)
                  : l.paper == QLatin1String("B5") ? QSizeF(182, 257)
                                                   : QSizeF(210, 297);
    if (l.orientation == QLatin1String("landscape")) {
        size.transpose();
    }
    m_page = size;
    m_left = 15;
    m_width = size.width() - 2 * m_left;
    m_top = 12;
    m_bottom = size.height() - 18;
}

QList<FormRenderer::Block> FormRenderer::blocks() const
{
    const RenderContext &ctx = m_context;
    const FormDefinition &def = m_values.definition();
    const QString formId = def.id;
    const FormScope root(m_values, m_request.context);
    const qreal left = m_left;
    const qreal width = m_width;
    QList<Block> out;

    // One label/value cell pair; returns the pair's height (both cells drawn to `forcedHeight` when given).
    auto cell = [&ctx, formId](Canvas &c, qreal x, qreal y, qreal labelW, qreal valueW, const FieldDefinition &f,
                               const QString &path, const FieldValue *v, qreal forcedHeight) -> qreal {
        const TextStyle label{FontRole::Regular, LabelPt, Qt::black, 1.3};
        const TextStyle second{FontRole::Regular, SecondPt, layout::Grey, 1.3};
        TextStyle value{FontRole::Regular, ValuePt, Qt::black, 1.35};
        value.breakAtSpacesOnly =
            f.type == FieldType::Choice || f.type == FieldType::MultiChoice || f.type == FieldType::Boolean;
        const TextStyle note{FontRole::Regular, NotePt, layout::Grey, 1.3};
        const FieldText text = fieldText(f, v, ctx.texts);
        const QString en = ctx.second(f.label);
        const bool measuringOnly = forcedHeight <= 0;
        Canvas &m = c;
        qreal lh = m.textHeight(f.label.ja(), labelW - 2 * Pad, label);
        if (!en.isEmpty()) {
            lh += m.textHeight(en, labelW - 2 * Pad, second);
        }
        qreal vh =
            text.text.isEmpty() ? m.lineHeight(value) : m.textHeight(text.text, valueW - 2 * Pad - MarkSize, value);
        if (!text.cardNote.isEmpty()) {
            vh += m.textHeight(text.cardNote, valueW - 2 * Pad, note);
        }
        const qreal h = std::max({MinRow, lh + 2 * Pad, vh + 2 * Pad});
        if (measuringOnly) {
            return h;
        }
        const qreal rowH = forcedHeight;
        c.fill(QRectF(x, y, labelW, rowH), layout::LabelFill);
        c.rect(QRectF(x, y, labelW, rowH), 0.2);
        c.rect(QRectF(x + labelW, y, valueW, rowH), 0.2);
        c.setIssueContext(formId, path);
        qreal ly = y + Pad;
        ly += c.text(f.label.ja(), QPointF(x + Pad, ly), labelW - 2 * Pad, label);
        if (!en.isEmpty()) {
            c.text(en, QPointF(x + Pad, ly), labelW - 2 * Pad, second);
        }
        qreal vy = y + Pad;
        if (!text.text.isEmpty()) {
            vy += c.text(text.text, QPointF(x + labelW + Pad, vy), valueW - 2 * Pad - MarkSize, value);
        } else {
            vy += c.lineHeight(value);
        }
        if (!text.cardNote.isEmpty()) {
            c.text(text.cardNote, QPointF(x + labelW + Pad, vy), valueW - 2 * Pad, note);
        }
        if (text.fromCard) {
            c.cardMark(QPointF(x + labelW + valueW - 0.5, y + 0.5), MarkSize);
        }
        return rowH;
    };

    // A row of fields side by side (top-level fields, or the fields of one list item).
    struct RowField
    {
        const FieldDefinition *field;
        QString path;
    };
    // `slots`: the number of columns the row is laid out in (more than the fields: the rest stays an empty box, so
    // that the cells of a list item line up).
    auto drawRow = [cell, this](Canvas &c, qreal x, qreal y, qreal w, const QList<RowField> &fields,
                                int slots = 0) -> qreal {
        const int n = std::max(int(fields.size()), slots);
        const qreal cellW = w / n;
        const qreal labelW = n <= 2 ? 30 : 22;
        qreal h = 0;
        for (int i = 0; i < int(fields.size()); ++i) {
            h = std::max(h, cell(c, x + i * cellW, y, labelW, cellW - labelW, *fields.at(i).field, fields.at(i).path,
                                 m_values.value(fields.at(i).path), 0));
        }
        if (!c.measuring()) {
            for (int i = 0; i < int(fields.size()); ++i) {
                cell(c, x + i * cellW, y, labelW, cellW - labelW, *fields.at(i).field, fields.at(i).path,
                     m_values.value(fields.at(i).path), h);
            }
            if (fields.size() < n) {
                c.rect(QRectF(x + fields.size() * cellW, y, (n - fields.size()) * cellW, h), 0.2);
            }
        }
        return h;
    };

    for (qsizetype s = 0; s < def.layout.sections.size(); ++s) {
        const LayoutSection &section = def.layout.sections.at(s);
        Block heading;
        heading.kind = Block::Kind::Heading;
        heading.section = int(s);
        out.append(heading);
        const qsizetype headingAt = out.size() - 1;

        for (const QStringList &row : section.rows) {
            QList<RowField> fields;
            for (const QString &id : row) {
                const FieldDefinition *f = def.field(id);
                if (!f || !PrintedRequest::applies(*f, root)) {
                    continue;
                }
                if (f->type != FieldType::List) {
                    fields.append({f, id});
                    continue;
                }
                // A list: flush the plain fields before it, then a heading row and one block per item.
                if (!fields.isEmpty()) {
                    Block b;
                    b.section = int(s);
                    b.draw = [drawRow, fields, left, width](Canvas &c, qreal y) {
                        return drawRow(c, left, y, width, fields);
                    };
                    out.append(b);
                    fields.clear();
                }
                const int count = m_values.itemCount(id);
                Block title;
                title.section = int(s);
                title.draw = [&ctx, f, count, left, width](Canvas &c, qreal y) {
                    const TextStyle label{FontRole::Bold, LabelPt + 0.5, Qt::black, 1.3};
                    const TextStyle second{FontRole::Regular, SecondPt, layout::Grey, 1.3};
                    QString text = f->label.ja();
                    if (count == 0) {
                        text += QStringLiteral("　") + ctx.texts.ja(QStringLiteral("form.none"));
                    }
                    const QString en = ctx.second(f->label);
                    const qreal h = std::max(6.5, c.lineHeight(label) + 2 * 1.0);
                    if (!c.measuring()) {
                        c.fill(QRectF(left, y, width, h), layout::LabelFill);
                        c.rect(QRectF(left, y, width, h), 0.2);
                        const qreal tw = c.textWidth(text, label);
                        c.text(text, QPointF(left + Pad, y + 1.0), 0, label);
                        if (!en.isEmpty()) {
                            c.text(en, QPointF(left + Pad + tw + 2, y + 1.0 + 0.9), 0, second);
                        }
                    }
                    return h;
                };
                out.append(title);
                for (int i = 0; i < count; ++i) {
                    QList<RowField> itemFields;
                    const FormScope scope(m_values, m_request.context, id, i);
                    for (const FieldDefinition &itemField : f->itemFields) {
                        if (PrintedRequest::applies(itemField, scope)) {
                            itemFields.append({&itemField, itemPath(id, i, itemField.id)});
                        }
                    }
                    Block item;
                    item.section = int(s);
                    item.draw = [drawRow, itemFields, i, left, width](Canvas &c, qreal y) {
                        constexpr qreal NumberW = 9;
                        const TextStyle number{FontRole::Bold, 11, Qt::black, 1.3};
                        qreal yy = y;
                        for (qsizetype k = 0; k < itemFields.size(); k += 2) {
                            yy += drawRow(c, left + NumberW, yy, width - NumberW, itemFields.mid(k, 2), 2);
                        }
                        const qreal h = std::max(yy - y, MinRow);
                        if (!c.measuring()) {
                            c.fill(QRectF(left, y, NumberW, h), layout::LabelFill);
                            c.rect(QRectF(left, y, NumberW, h), 0.2);
                            c.text(QString::number(i + 1), QPointF(left, y + Pad), NumberW, number, Qt::AlignHCenter);
                            c.line(QPointF(left, y + h), QPointF(left + width, y + h), 0.5);
                        }
                        return h;
                    };
                    out.append(item);
                }
            }
            if (!fields.isEmpty()) {
                Block b;
                b.section = int(s);
                b.draw = [drawRow, fields, left, width](Canvas &c, qreal y) {
                    return drawRow(c, left, y, width, fields);
                };
                out.append(b);
            }
        }
        if (out.size() == headingAt + 1) {
            out.removeLast(); // nothing of the section applies to this request (代理人の場合 without a proxy)
        }
    }

    for (const LayoutSignature &signature : m_request.signatures(m_form)) {
        Block b;
        b.draw = [&ctx, signature, left, width, formId](Canvas &c, qreal y) {
            constexpr qreal Height = 15;
            const qreal top = y + 2.0;
            if (c.measuring()) {
                return Height + 2.0;
            }
            const TextStyle label{FontRole::Bold, LabelPt + 0.5, Qt::black, 1.3};
            const TextStyle second{FontRole::Regular, SecondPt, layout::Grey, 1.3};
            const TextStyle small{FontRole::Regular, 6.0, layout::Grey, 1.3};
            const qreal labelW = 34;
            c.setIssueContext(formId, QStringLiteral("signature.") + signature.id);
            c.fill(QRectF(left, top, labelW, Height), layout::LabelFill);
            c.rect(QRectF(left, top, labelW, Height), 0.2);
            c.rect(QRectF(left, top, width, Height), 0.4);
            qreal ly = top + Pad;
            ly += c.text(signature.label.ja(), QPointF(left + Pad, ly), labelW - 2 * Pad, label);
            const QString en = ctx.second(signature.label);
            if (!en.isEmpty()) {
                ly += c.text(en, QPointF(left + Pad, ly), labelW - 2 * Pad, second);
            }
            c.text(ctx.texts.ja(QStringLiteral("form.signature_note")), QPointF(left + Pad, ly + 0.5), labelW - 2 * Pad,
                   small);
            c.text(signature.law, QPointF(left + labelW + Pad, top + Height - 4.2), width - labelW - 2 * Pad, small,
                   Qt::AlignRight);
            return Height + 2.0;
        };
        out.append(b);
    }
    return out;
}

Status FormRenderer::drawQrBlock(Canvas &canvas, bool firstPage) const
{
    const qreal size = firstPage ? 25 : 18;
    return layout::drawQr(canvas, m_request.qrPayload(m_values.definition().id),
                          QRectF(m_left + m_width - size + 2, m_top - 2, size, size));
}

qreal FormRenderer::drawHeader(Canvas &c, int page, int pages) const
{
    const RenderContext &ctx = m_context;
    const FormDefinition &def = m_values.definition();
    const qreal textW = m_width - 30;
    qreal y = m_top;
    if (page > 0) {
        const TextStyle title{FontRole::Title, 12, Qt::black, 1.3};
        y += c.text(def.title.ja() + ctx.texts.ja(QStringLiteral("form.continued")), QPointF(m_left, y), textW, title);
        const TextStyle small{FontRole::Regular, 7.5, layout::Grey, 1.3};
        // A request without a receipt number prints none: no number is invented on paper.
        if (!m_request.request.receiptNumber.isEmpty()) {
            y += c.text(ctx.texts.ja(QStringLiteral("form.receipt_number")) + QStringLiteral("　") +
                            m_request.request.receiptNumber,
                        QPointF(m_left, y), textW, small);
        }
        (void)pages;
        return std::max(y, m_top + 16) + 3;
    }
    const TextStyle title{FontRole::Title, 16, Qt::black, 1.3};
    const TextStyle titleSecond{FontRole::Regular, 8, layout::Grey, 1.3};
    const TextStyle body{FontRole::Regular, 10, Qt::black, 1.4};
    const TextStyle meta{FontRole::Regular, 8.5, Qt::black, 1.35};
    const TextStyle metaSecond{FontRole::Regular, 6.5, layout::Grey, 1.3};
    c.setIssueContext(def.id, QStringLiteral("title"));
    y += c.text(def.title.ja(), QPointF(m_left, y), textW, title);
    const QString en = ctx.second(def.title);
    if (!en.isEmpty()) {
        y += c.text(en, QPointF(m_left, y), textW, titleSecond);
    }
    y += 1.5;
    if (!ctx.config.addressee.isEmpty()) {
        c.setIssueContext(def.id, QStringLiteral("addressee"));
        y += c.text(ctx.texts.ja(QStringLiteral("form.addressee")) + ctx.config.addressee, QPointF(m_left, y), textW,
                    body);
    }
    y += 0.5;
    auto metaLine = [&](const QString &key, const QString &value) {
        const QString label = ctx.texts.ja(key);
        const QString second = ctx.second(key);
        const qreal lw = 22;
        c.text(label, QPointF(m_left, y), lw, meta);
        const qreal h = c.text(value, QPointF(m_left + lw, y), textW - lw, meta);
        if (!second.isEmpty()) {
            c.text(second, QPointF(m_left + lw + c.textWidth(value, meta) + 2, y + 0.6), 0, metaSecond);
        }
        y += h;
    };
    metaLine(QStringLiteral("form.received_at"), layout::warekiDateTime(m_request.request.createdAt, ctx.texts) +
                                                     QStringLiteral("　") +
                                                     layout::gregorianDateTime(m_request.request.createdAt));
    if (!m_request.request.receiptNumber.isEmpty()) {
        metaLine(QStringLiteral("form.receipt_number"), m_request.request.receiptNumber);
    }
    return std::max(y, m_top + 23) + 2;
}

void FormRenderer::drawFooter(Canvas &c, int page, int pages) const
{
    const RenderContext &ctx = m_context;
    const FormDefinition &def = m_values.definition();
    const TextStyle legend{FontRole::Regular, 7, Qt::black, 1.3};
    const TextStyle legendSecond{FontRole::Regular, 6, layout::Grey, 1.3};
    const TextStyle small{FontRole::Regular, 6.5, layout::Grey, 1.3};
    const TextStyle pageStyle{FontRole::Regular, 8, Qt::black, 1.3};
    const qreal y = m_page.height() - 15;
    c.setIssueContext(def.id, QStringLiteral("footer"));
    c.line(QPointF(m_left, y - 1), QPointF(m_left + m_width, y - 1), 0.2, layout::LightGrey);
    c.cardMark(QPointF(m_left + 2.6, y + 0.6), 2.6, false);
    const QString text = ctx.texts.ja(QStringLiteral("form.card_legend"));
    c.text(text, QPointF(m_left + 4, y), 0, legend);
    const QString second = ctx.second(QStringLiteral("form.card_legend"));
    if (!second.isEmpty()) {
        c.text(second, QPointF(m_left + 4 + c.textWidth(text, legend) + 2, y + 0.5), 0, legendSecond);
    }
    c.text(QStringLiteral("%1%2%3").arg(page + 1).arg(ctx.texts.ja(QStringLiteral("form.of"))).arg(pages),
           QPointF(m_left, y), m_width, pageStyle, Qt::AlignRight);
    c.text(ctx.texts.ja(QStringLiteral("form.request_id")) + QStringLiteral("　") + m_request.request.requestId +
               QStringLiteral("　　") + ctx.texts.ja(QStringLiteral("form.form")) + QStringLiteral("　") + def.id +
               QStringLiteral("　") + QString::number(def.version) + ctx.texts.ja(QStringLiteral("form.version")),
           QPointF(m_left, y + 4), m_width, small);
}

Status FormRenderer::render(PdfDocument &document)
{
    const QList<Block> all = blocks();
    const FormDefinition &def = m_values.definition();
    const RenderContext &ctx = m_context;

    auto heading = [&](int section, bool continued) {
        return [&, section, continued](Canvas &c, qreal y) -> qreal {
            const LayoutSection &s = def.layout.sections.at(section);
            const TextStyle style{FontRole::Bold, 10, Qt::black, 1.3};
            const TextStyle second{FontRole::Regular, 7, layout::Grey, 1.3};
            const qreal h = 6.5;
            const qreal top = y + 2.0;
            if (!c.measuring()) {
                c.setIssueContext(def.id, QStringLiteral("layout.sections[%1]").arg(section));
                c.fill(QRectF(m_left, top, m_width, h), layout::HeadingFill);
                c.rect(QRectF(m_left, top, m_width, h), 0.4);
                const QString ja =
                    s.title.ja() + (continued ? ctx.texts.ja(QStringLiteral("form.continued")) : QString());
                c.text(ja, QPointF(m_left + 2, top + (h - c.lineHeight(style)) / 2), 0, style);
                const QString en = ctx.second(s.title);
                if (!en.isEmpty()) {
                    c.text(en,
                           QPointF(m_left + 2 + c.textWidth(ja, style) + 3, top + (h - c.lineHeight(second)) / 2 + 0.5),
                           0, second);
                }
            }
            return h + 2.0;
        };
    };

    // Pagination on a measuring canvas: where each block goes (page, y), a continued heading where a section breaks.
    struct Placement
    {
        int page;
        qreal y;
        int block; // index into `all`, or -1 for a continued heading
        int section;
    };
    Canvas measure(nullptr, ctx.fonts, document.dpi(), nullptr, nullptr);
    QList<Placement> placements;
    int page = 0;
    qreal y = drawHeader(measure, 0, 1);
    const qreal continuedTop = drawHeader(measure, 1, 1);
    auto height = [&](int index) {
        const Block &b = all.at(index);
        return b.kind == Block::Kind::Heading ? heading(b.section, false)(measure, 0) : b.draw(measure, 0);
    };
    for (int i = 0; i < all.size(); ++i) {
        const Block &b = all.at(i);
        qreal h = height(i);
        if (b.kind == Block::Kind::Heading) {
            // Keep a heading with its first row.
            const qreal next = i + 1 < all.size() && all.at(i + 1).kind != Block::Kind::Heading ? height(i + 1) : 0;
            if (y + h + next > m_bottom && y > continuedTop) {
                ++page;
                y = continuedTop;
            }
            placements.append({page, y, i, b.section});
            y += h;
            continue;
        }
        if (y + h > m_bottom && y > continuedTop) {
            ++page;
            y = continuedTop;
            if (b.section >= 0) {
                placements.append({page, y, -1, b.section});
                y += heading(b.section, true)(measure, 0);
            }
        }
        placements.append({page, y, i, b.section});
        y += h;
    }
    const int pages = page + 1;

    for (int p = 0; p < pages; ++p) {
        if (auto s = document.newPage(m_page); !s) {
            return s;
        }
        Canvas &c = document.canvas();
        drawHeader(c, p, pages);
        if (auto s = drawQrBlock(c, p == 0); !s) {
            return s;
        }
        for (const Placement &pl : placements) {
            if (pl.page != p) {
                continue;
            }
            if (pl.block < 0) {
                heading(pl.section, true)(c, pl.y);
            } else if (all.at(pl.block).kind == Block::Kind::Heading) {
                heading(pl.section, false)(c, pl.y);
            } else {
                all.at(pl.block).draw(c, pl.y);
            }
        }
        drawFooter(c, p, pages);
    }
    qCDebug(lcPrinter) << "form" << def.id << "of request" << m_request.request.requestId << "laid out on" << pages
                       << "pages";
    return Done{};
}

} // namespace kakanai::printer
