#include "printer/SlipRenderer.h"

namespace kakanai::printer {

namespace {

constexpr qreal Left = 15;
constexpr qreal Top = 12;
constexpr qreal Width = 180;
constexpr qreal PageHeight = 297;
constexpr qreal Bottom = 297 - 20;
constexpr qreal Pad = 1.6;
constexpr qreal Columns[] = {10, 70, 40, 48, 12};

} // namespace

SlipRenderer::SlipRenderer(const RenderContext &context, const PrintedRequest &request, const SlipContent &content)
    : m_context(context)
    , m_request(request)
    , m_content(content)
{}

Status SlipRenderer::render(PdfDocument &document)
{
    const RenderContext &ctx = m_context;
    const TextStyle title{FontRole::Title, 16, Qt::black, 1.3};
    const TextStyle second{FontRole::Regular, 7, layout::Grey, 1.3};
    const TextStyle body{FontRole::Regular, 10, Qt::black, 1.4};
    const TextStyle bold{FontRole::Bold, 10, Qt::black, 1.35};
    const TextStyle cellText{FontRole::Regular, 9, Qt::black, 1.35};
    const TextStyle headStyle{FontRole::Bold, 8.5, Qt::black, 1.3};
    const TextStyle small{FontRole::Regular, 6.5, layout::Grey, 1.3};

    const TextStyle secondCell{FontRole::Regular, 7.5, Qt::black, 1.3};
    const TextStyle deadlineStyle{FontRole::Bold, 8.5, Qt::black, 1.3};

    // The table rows: for each procedure the lines of its cells (Japanese, then the second language), each with
    // its style.
    struct Line
    {
        QString text;
        TextStyle style;
    };
    struct Row
    {
        QList<Line> cells[5];
    };
    // The day the event happened (転入した日), from the forms filed: the deadlines are counted from it.
    QList<const forms::FormInstance *> filed;
    for (const forms::StoredForm &f : m_request.request.forms) {
        filed.append(&f.instance);
    }
    const QDate happenedOn = forms::LifeEventNavigator::happenedOn(m_content.event, filed);
    QList<Row> rows;
    for (qsizetype i = 0; i < m_content.procedures.size(); ++i) {
        const forms::RelatedProcedure &p = m_content.procedures.at(i);
        Row r;
        r.cells[0] = {{QString::number(i + 1), cellText}};
        r.cells[1] = {{p.title.ja(), bold}, {ctx.second(p.title), second}};
        if (m_content.conditions.contains(p.id)) {
            const forms::LocalisedText &q = m_content.conditions.value(p.id);
            r.cells[1].append({ctx.texts.ja(QStringLiteral("slip.condition")).arg(q.ja()), secondCell});
            const QString en = ctx.second(QStringLiteral("slip.condition"));
            r.cells[1].append({en.isEmpty() || ctx.second(q).isEmpty() ? QString() : en.arg(ctx.second(q)), second});
        }
        if (p.deadline) {
            // 期限：令和8年4月15日（2026-04-15）まで（転入した日から14日以内）, or the rule alone.
            const QDate due = p.deadline->dueFrom(happenedOn);
            const QString key = due.isValid() ? QStringLiteral("slip.deadline_date") : QStringLiteral("slip.deadline");
            auto deadline = [&](const QString &pattern, const QString &rule) {
                return due.isValid() ? pattern.arg(layout::dateText(due.toString(Qt::ISODate)), rule)
                                     : pattern.arg(rule);
            };
            r.cells[1].append({deadline(ctx.texts.ja(key), p.deadline->rule.ja()), deadlineStyle});
            const QString pattern = ctx.second(key);
            const QString rule = ctx.second(p.deadline->rule);
            r.cells[1].append({pattern.isEmpty() || rule.isEmpty() ? QString() : deadline(pattern, rule), second});
        }
        r.cells[2] = {{p.desk.ja(), cellText}, {ctx.second(p.desk), second}};
        if (!p.counter.ja().isEmpty()) {
            // Where it is in this city hall (the city's counters).
            r.cells[2].append({p.counter.ja(), secondCell});
            r.cells[2].append({ctx.second(p.counter), second});
        }
        r.cells[3] = {{p.bring.ja(), cellText}, {ctx.second(p.bring), second}};
        rows.append(r);
    }
    auto rowHeight = [&](Canvas &c, const Row &r) {
        qreal h = 0;
        for (int col = 0; col < 4; ++col) {
            qreal ch = 0;
            for (const Line &line : r.cells[col]) {
                if (!line.text.isEmpty()) {
                    ch += c.textHeight(line.text, Columns[col] - 2 * Pad, line.style);
                }
            }
            h = std::max(h, ch);
        }
        return std::max(h + 2 * Pad, 9.0);
    };
    auto header = [&](Canvas &c, bool first) -> qreal {
        qreal y = Top;
        c.setIssueContext(QString(), QStringLiteral("slip"));
        y += c.text(ctx.texts.ja(QStringLiteral("slip.title")) +
                        (first ? QString() : ctx.texts.ja(QStringLiteral("form.continued"))),
                    QPointF(Left, y), Width - 30, title);
        if (const QString en = ctx.second(QStringLiteral("slip.title")); !en.isEmpty()) {
            y += c.text(en, QPointF(Left, y), Width - 30, second);
        }
        y += 1.5;
        y += c.text(ctx.texts.ja(QStringLiteral("slip.event")) + QStringLiteral("：") + m_content.event.title.ja(),
                    QPointF(Left, y), Width - 30, body);
        if (const QString en = ctx.second(m_content.event.title); !en.isEmpty()) {
            y += c.text(en, QPointF(Left, y), Width - 30, second);
        }
        y += c.text(ctx.texts.ja(QStringLiteral("form.received_at")) + QStringLiteral("　") +
                        layout::warekiDateTime(m_request.request.createdAt, ctx.texts) + QStringLiteral("　") +
                        layout::gregorianDateTime(m_request.request.createdAt),
                    QPointF(Left, y), Width - 30, cellText);
        if (!m_request.request.receiptNumber.isEmpty()) {
            y += c.text(ctx.texts.ja(QStringLiteral("form.receipt_number")) + QStringLiteral("　") +
                            m_request.request.receiptNumber,
                        QPointF(Left, y), Width - 30, cellText);
        }
        return std::max(y, Top + 26) + 3;
    };
    const char *headKeys[] = {"slip.number", "slip.procedure", "slip.desk", "slip.bring", "slip.done"};
    // 8 mm, or what the second language's headings need (やさしい日本語's readings above the kanji take a line).
    auto tableHeaderHeight = [&](const Canvas &c) -> qreal {
        qreal h = 8;
        for (int col = 0; col < 5; ++col) {
            if (const QString en = ctx.second(QLatin1String(headKeys[col])); !en.isEmpty()) {
                h = std::max(h, 4.3 + c.textHeight(en, Columns[col] - 2 * Pad, small) + 0.4);
            }
        }
        return h;
    };
    auto tableHeader = [&](Canvas &c, qreal y) -> qreal {
        const char *const *keys = headKeys;
        qreal x = Left;
        const qreal h = tableHeaderHeight(c);
        for (int col = 0; col < 5; ++col) {
            c.fill(QRectF(x, y, Columns[col], h), layout::HeadingFill);
            c.rect(QRectF(x, y, Columns[col], h), 0.3);
            const QString key = QLatin1String(keys[col]);
            c.text(ctx.texts.ja(key), QPointF(x + Pad, y + 0.6), Columns[col] - 2 * Pad, headStyle,
                   col == 0 || col == 4 ? Qt::AlignHCenter : Qt::AlignLeft);
            if (const QString en = ctx.second(key); !en.isEmpty()) {
                c.text(en, QPointF(x + Pad, y + 4.3), Columns[col] - 2 * Pad, small,
                       col == 0 || col == 4 ? Qt::AlignHCenter : Qt::AlignLeft);
            }
            x += Columns[col];
        }
        return h;
    };
    auto footer = [&](Canvas &c, int page, int pages) {
        const qreal y = PageHeight - 15;
        c.line(QPointF(Left, y - 1), QPointF(Left + Width, y - 1), 0.2, layout::LightGrey);
        c.text(ctx.texts.ja(QStringLiteral("form.request_id")) + QStringLiteral("　") + m_request.request.requestId,
               QPointF(Left, y), Width, small);
        c.text(QStringLiteral("%1%2%3").arg(page + 1).arg(ctx.texts.ja(QStringLiteral("form.of"))).arg(pages),
               QPointF(Left, y), Width, cellText, Qt::AlignRight);
    };

    // Paginate on a measuring canvas first (the footer says "1／2").
    Canvas measure(nullptr, ctx.fonts, document.dpi(), nullptr, nullptr);
    QList<int> pageOfRow;
    qreal introHeight = 0;
    {
        introHeight += measure.textHeight(ctx.texts.ja(QStringLiteral("slip.intro")), Width, body) + 2;
        introHeight += measure.lineHeight(bold) + 0.5;
        introHeight += m_request.request.forms.size() * measure.lineHeight(body);
        introHeight += 3;
    }
    int page = 0;
    qreal y = header(measure, true) + introHeight + tableHeaderHeight(measure);
    for (const Row &r : rows) {
        const qreal h = rowHeight(measure, r);
        if (y + h > Bottom) {
            ++page;
            y = header(measure, false) + tableHeaderHeight(measure);
        }
        pageOfRow.append(page);
        y += h;
    }
    const int pages = page + 1;

    qsizetype next = 0;
    for (int p = 0; p < pages; ++p) {
        if (auto s = document.newPage(QSizeF(210, PageHeight)); !s) {
            return s;
        }
        Canvas &c = document.canvas();
        y = header(c, p == 0);
        if (auto s = layout::drawQr(c, m_request.qrPayload(), QRectF(Left + Width - 24, Top - 2, 26, 26)); !s) {
            return s;
        }
        if (p == 0) {
            y += c.text(ctx.texts.ja(QStringLiteral("slip.intro")), QPointF(Left, y), Width, body) + 2;
            y += c.text(ctx.texts.ja(QStringLiteral("slip.filed")), QPointF(Left, y), Width, bold) + 0.5;
            for (const forms::StoredForm &f : m_request.request.forms) {
                y += c.text(QStringLiteral("・") + f.instance.definition().title.ja(), QPointF(Left + 2, y), Width - 2,
                            body);
            }
            y += 3;
        }
        if (rows.isEmpty()) {
            c.text(ctx.texts.ja(QStringLiteral("slip.none")), QPointF(Left, y), Width, bold);
        } else {
            y += tableHeader(c, y);
        }
        while (next < rows.size() && pageOfRow.at(next) == p) {
            const Row &r = rows.at(next++);
            const qreal h = rowHeight(c, r);
            qreal x = Left;
            for (int col = 0; col < 5; ++col) {
                c.rect(QRectF(x, y, Columns[col], h), 0.25);
                qreal ty = y + Pad;
                for (const Line &line : r.cells[col]) {
                    if (!line.text.isEmpty()) {
                        ty += c.text(line.text, QPointF(x + Pad, ty), Columns[col] - 2 * Pad, line.style,
                                     col == 0 ? Qt::AlignHCenter : Qt::AlignLeft);
                    }
                }
                if (col == 4) {
                    c.rect(QRectF(x + (Columns[col] - 5) / 2, y + (h - 5) / 2, 5, 5), 0.3);
                }
                x += Columns[col];
            }
            y += h;
        }
        footer(c, p, pages);
    }
    return Done{};
}

} // namespace kakanai::printer
