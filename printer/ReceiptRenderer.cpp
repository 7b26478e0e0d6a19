#include "printer/ReceiptRenderer.h"

namespace kakanai::printer {

ReceiptRenderer::ReceiptRenderer(const RenderContext &context, const PrintedRequest &request, ReceiptFormat format)
    : m_context(context)
    , m_request(request)
    , m_format(format)
{
    m_pageWidth = format == ReceiptFormat::Roll80 ? 80 : 105;
    m_margin = format == ReceiptFormat::Roll80 ? 5 : 7;
}

qreal ReceiptRenderer::draw(Canvas &c, bool measuring)
{
    const RenderContext &ctx = m_context;
    const bool roll = m_format == ReceiptFormat::Roll80;
    const qreal k = m_scale;
    const qreal left = m_margin;
    const qreal width = m_pageWidth - 2 * m_margin;
    const TextStyle heading{FontRole::Bold, 10.5 * k, Qt::black, 1.35};
    const TextStyle title{FontRole::Title, 16 * k, Qt::black, 1.3};
    const TextStyle second{FontRole::Regular, 7 * k, layout::Grey, 1.3};
    const TextStyle body{FontRole::Regular, 9 * k, Qt::black, 1.45};
    const TextStyle number{FontRole::Bold, (roll ? 26 : 24) * k, Qt::black, 1.15};
    const TextStyle small{FontRole::Regular, 6.5 * k, layout::Grey, 1.3};
    c.setIssueContext(QString(), QStringLiteral("receipt"));
    qreal y = m_margin;

    auto centred = [&](const QString &text, const TextStyle &style, qreal x, qreal w) {
        y += c.text(text, QPointF(x, y), w, style, Qt::AlignHCenter);
    };
    auto rule = [&] {
        y += 1.5;
        c.line(QPointF(left, y), QPointF(left + width, y), 0.25, Qt::black, Qt::DashLine);
        y += 2;
    };
    auto headed = [&](const QString &key) {
        y += c.text(ctx.texts.ja(key), QPointF(left, y), width, heading);
        const QString en = ctx.second(key);
        if (!en.isEmpty()) {
            y += c.text(en, QPointF(left, y), width, second);
        }
        y += 0.6;
    };

    const QString municipality =
        ctx.config.addressee.endsWith(QStringLiteral("長")) ? ctx.config.addressee.chopped(1) : ctx.config.addressee;
    if (!municipality.isEmpty()) {
        centred(municipality, heading, left, width);
    }
    centred(ctx.texts.ja(QStringLiteral("receipt.title")), title, left, width);
    if (const QString en = ctx.second(QStringLiteral("receipt.title")); !en.isEmpty()) {
        centred(en, second, left, width);
    }
    rule();

    // The number and the date, with the QR code below them on the roll and beside them on A6.
    const qreal qrSize = roll ? 34 : 30 * k;
    const qreal textW = roll ? width : width - qrSize - 2;
    const qreal top = y;
    const QString receiptNumber = m_request.request.receiptNumber;
    if (!receiptNumber.isEmpty()) {
        centred(ctx.texts.ja(QStringLiteral("receipt.number")), body, left, textW);
        if (const QString en = ctx.second(QStringLiteral("receipt.number")); !en.isEmpty()) {
            centred(en, second, left, textW);
        }
        centred(receiptNumber, number, left, textW);
    }
    if (roll) {
        y += 1;
        if (!measuring) {
            (void)layout::drawQr(c, m_request.qrPayload(), QRectF(left + (width - qrSize) / 2, y, qrSize, qrSize));
        }
        y += qrSize + 1;
    } else {
        y += 1;
    }
    centred(layout::warekiDateTime(m_request.request.createdAt, ctx.texts), body, left, textW);
    centred(layout::gregorianDateTime(m_request.request.createdAt), body, left, textW);
    if (!roll) {
        if (!measuring) {
            (void)layout::drawQr(c, m_request.qrPayload(), QRectF(left + width - qrSize, top, qrSize, qrSize));
        }
        y = std::max(y, top + qrSize);
    }
    rule();

    headed(QStringLiteral("receipt.procedures"));
    for (const forms::StoredForm &form : m_request.request.forms) {
        const forms::FormDefinition &definition = form.instance.definition();
        y += c.text(QStringLiteral("・") + definition.title.ja(), QPointF(left, y), width, body);
        const QString en = ctx.second(definition.title);
        if (!en.isEmpty()) {
            y += c.text(en, QPointF(left + 3, y), width - 3, second);
        }
        // The fee the kiosk showed, from the Request (never recomputed here): per copy × copies = amount.
        if (form.fee) {
            y += c.text(feeLine(*form.fee), QPointF(left + 3, y), width - 3, body, Qt::AlignRight);
        }
    }
    const std::optional<qint64> feeTotal = m_request.request.feeTotal;
    if (feeTotal) {
        const TextStyle total{FontRole::Bold, body.pointSize, Qt::black, body.lineSpacing};
        y += 0.6;
        y += c.text(ctx.texts.ja(QStringLiteral("receipt.fee_total")) + QStringLiteral("　") + forms::formatYen(*feeTotal),
                    QPointF(left, y), width, total, Qt::AlignRight);
        if (const QString en = ctx.second(QStringLiteral("receipt.fee_total")); !en.isEmpty()) {
            y += c.text(en, QPointF(left, y), width, second, Qt::AlignRight);
        }
    }
    rule();

    headed(QStringLiteral("receipt.next"));
    QStringList steps;
    if (m_request.request.mode == forms::Mode::SelfService) {
        steps.append(QStringLiteral("receipt.next.self_service"));
    }
    steps.append(QStringLiteral("receipt.next.wait"));
    bool certificate = false;
    bool notification = false;
    for (const forms::StoredForm &form : m_request.request.forms) {
        certificate = certificate || form.instance.definition().category == QLatin1String("certificate");
        notification = notification || form.instance.definition().category == QLatin1String("notification");
    }
    if (notification) {
        steps.append(QStringLiteral("receipt.next.notification"));
    }
    if (certificate) {
        steps.append(QStringLiteral("receipt.next.certificate"));
    }
    if (m_request.request.procedureKind == QLatin1String("life_event")) {
        steps.append(QStringLiteral("receipt.next.life_event"));
    }
    const TextStyle stepNumber{FontRole::Bold, body.pointSize, Qt::black, body.lineSpacing};
    for (qsizetype i = 0; i < steps.size(); ++i) {
        // The certificate step names the amount to pay when the Request carries the total.
        const bool amount = steps.at(i) == QLatin1String("receipt.next.certificate") && feeTotal;
        const QString key = amount ? QStringLiteral("receipt.next.certificate_amount") : steps.at(i);
        const QString yen = feeTotal ? forms::formatYen(*feeTotal) : QString();
        c.text(QString::number(i + 1) + QStringLiteral("."), QPointF(left, y), 5, stepNumber);
        y += c.text(amount ? ctx.texts.ja(key).arg(yen) : ctx.texts.ja(key), QPointF(left + 5, y), width - 5, body);
        const QString en = amount && !ctx.second(key).isEmpty() ? ctx.second(key).arg(yen) : ctx.second(key);
        if (!en.isEmpty()) {
            y += c.text(en, QPointF(left + 5, y), width - 5, second);
        }
        y += 0.5;
    }
    rule();
    y += c.text(ctx.texts.ja(QStringLiteral("receipt.keep")), QPointF(left, y), width, body);
    y += c.text(ctx.texts.ja(QStringLiteral("form.request_id")) + QStringLiteral("　") + m_request.request.requestId,
                QPointF(left, y), width, small);
    return y + m_margin;
}

QString ReceiptRenderer::feeLine(const forms::FormFee &fee) const
{
    return m_context.texts.ja(QStringLiteral("receipt.fee_line"))
        .arg(forms::formatYen(fee.perCopy))
        .arg(fee.copies)
        .arg(forms::formatYen(fee.amount));
}

Status ReceiptRenderer::render(PdfDocument &document)
{
    Canvas measure(nullptr, m_context.fonts, document.dpi(), nullptr, nullptr);
    QSizeF size;
    if (m_format == ReceiptFormat::Roll80) {
        size = QSizeF(80, std::max(draw(measure, true), 80.0));
    } else {
        // A6 is a fixed sheet: a long receipt (many forms, a second language) is set in smaller type until it fits.
        size = QSizeF(105, 148);
        while (draw(measure, true) > size.height() && m_scale > 0.7) {
            m_scale -= 0.05;
        }
    }
    if (auto s = document.newPage(size); !s) {
        return s;
    }
    draw(document.canvas(), false);
    return Done{};
}

} // namespace kakanai::printer
