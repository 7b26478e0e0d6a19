#include "ReceiptRenderer.h"

namespace kakanai::printer {

ReceiptRenderer::ReceiptRenderer(const RenderContext &context, const RequestView &request, QString receiptNumber,
                                 ReceiptFormat format)
    : m_context(context)
    , m_request(request)
    , m_number(std::move(receiptNumber))
    , m_format(format)
{
    m_pageWidth = format == ReceiptFormat::Roll80 ? 80 : 105;
    m_margin = format == ReceiptFormat::Roll80 ? 5 : 9;
}

qreal ReceiptRenderer::draw(Canvas &c, bool measuring)
{
    const RenderContext &ctx = m_context;
    const bool roll = m_format == ReceiptFormat::Roll80;
    const qreal left = m_margin;
    const qreal width = m_pageWidth - 2 * m_margin;
    const TextStyle heading{FontRole::Bold, roll ? 10.0 : 11.0, Qt::black, 1.35};
    const TextStyle title{FontRole::Title, roll ? 16.0 : 18.0, Qt::black, 1.3};
    const TextStyle second{FontRole::Regular, 7, layout::Grey, 1.3};
    const TextStyle body{FontRole::Regular, roll ? 9 : 9.5, Qt::black, 1.45};
    const TextStyle number{FontRole::Bold, roll ? 26.0 : 30.0, Qt::black, 1.15};
    const TextStyle small{FontRole::Regular, 6.5, layout::Grey, 1.3};
    c.setIssueContext(QString(), QStringLiteral("receipt"));
    qreal y = m_margin;

    auto centred = [&](const QString &text, const TextStyle &style) {
        y += c.text(text, QPointF(left, y), width, style, Qt::AlignHCenter);
    };
    auto rule = [&] {
        y += 2;
        c.line(QPointF(left, y), QPointF(left + width, y), 0.25, Qt::black, Qt::DashLine);
        y += 2.5;
    };
    auto headed = [&](const QString &key) {
        y += c.text(ctx.texts.ja(key), QPointF(left, y), width, heading);
        const QString en = ctx.second(key);
        if (!en.isEmpty()) {
            y += c.text(en, QPointF(left, y), width, second);
        }
        y += 0.8;
    };

    const QString municipality =
        ctx.config.addressee.endsWith(QStringLiteral("長")) ? ctx.config.addressee.chopped(1) : ctx.config.addressee;
    if (!municipality.isEmpty()) {
        centred(municipality, heading);
    }
    centred(ctx.texts.ja(QStringLiteral("receipt.title")), title);
    if (const QString en = ctx.second(QStringLiteral("receipt.title")); !en.isEmpty()) {
        centred(en, second);
    }
    rule();
    centred(ctx.texts.ja(QStringLiteral("receipt.number")), body);
    if (const QString en = ctx.second(QStringLiteral("receipt.number")); !en.isEmpty()) {
        centred(en, second);
    }
    centred(m_number, number);
    y += 1;
    const qreal qrSize = roll ? 34 : 36;
    if (!measuring) {
        (void)layout::drawQr(c, m_request.qrPayload(), QRectF(left + (width - qrSize) / 2, y, qrSize, qrSize));
    }
    y += qrSize + 1;
    centred(layout::warekiDateTime(m_request.createdAt, ctx.texts), body);
    centred(layout::gregorianDateTime(m_request.createdAt), body);
    rule();

    headed(QStringLiteral("receipt.procedures"));
    for (const RequestFormView &form : m_request.forms) {
        y += c.text(QStringLiteral("・") + form.definition().title.ja(), QPointF(left, y), width, body);
        const QString en = ctx.second(form.definition().title);
        if (!en.isEmpty()) {
            y += c.text(en, QPointF(left + 3, y), width - 3, second);
        }
    }
    rule();

    headed(QStringLiteral("receipt.next"));
    QStringList steps;
    if (m_request.mode == QLatin1String("self_service")) {
        steps.append(QStringLiteral("receipt.next.self_service"));
    }
    steps.append(QStringLiteral("receipt.next.wait"));
    bool certificate = false;
    bool notification = false;
    for (const RequestFormView &form : m_request.forms) {
        certificate = certificate || form.definition().category == QLatin1String("certificate");
        notification = notification || form.definition().category == QLatin1String("notification");
    }
    if (notification) {
        steps.append(QStringLiteral("receipt.next.notification"));
    }
    if (certificate) {
        steps.append(QStringLiteral("receipt.next.certificate"));
    }
    if (m_request.procedureKind == QLatin1String("life_event")) {
        steps.append(QStringLiteral("receipt.next.life_event"));
    }
    const TextStyle stepNumber{FontRole::Bold, body.pointSize, Qt::black, body.lineSpacing};
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString n = QString::number(i + 1) + QStringLiteral(".");
        c.text(n, QPointF(left, y), 5, stepNumber);
        y += c.text(ctx.texts.ja(steps.at(i)), QPointF(left + 5, y), width - 5, body);
        const QString en = ctx.second(steps.at(i));
        if (!en.isEmpty()) {
            y += c.text(en, QPointF(left + 5, y), width - 5, second);
        }
        y += 0.8;
    }
    rule();
    y += c.text(ctx.texts.ja(QStringLiteral("receipt.keep")), QPointF(left, y), width, body);
    y += c.text(ctx.texts.ja(QStringLiteral("form.request_id")) + QStringLiteral("　") + m_request.requestId,
                QPointF(left, y), width, small);
    return y + m_margin;
}

Status ReceiptRenderer::render(PdfDocument &document)
{
    Canvas measure(nullptr, m_context.fonts, document.dpi(), nullptr, nullptr);
    const qreal length = draw(measure, true);
    const QSizeF size = m_format == ReceiptFormat::Roll80 ? QSizeF(80, std::max(length, 80.0)) : QSizeF(105, 148);
    if (auto s = document.newPage(size); !s) {
        return s;
    }
    // A6 is a fixed sheet: the tests check that the largest life event of the catalog (four certificate forms,
    // with a second language) fits on it.
    draw(document.canvas(), false);
    return Done{};
}

} // namespace kakanai::printer
