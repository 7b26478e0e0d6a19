#include "app/ui/screens/IdleScreen.h"

#include "app/core/KioskSession.h"
#include "app/core/Languages.h"
#include "app/core/RequestSink.h"
#include "app/ui/Ui.h"
#include "app/ui/widgets/ReaderIllustration.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kakanai::kiosk {

IdleScreen::IdleScreen(KioskContext context, QWidget *parent)
    : Screen(context, parent)
{
    setObjectName(QStringLiteral("IdleScreen"));
    title()->setAlignment(Qt::AlignHCenter);
    subtitle()->setAlignment(Qt::AlignHCenter);
    m_picture = new ReaderIllustration(this);
    body()->addWidget(m_picture, 1);
    m_reader = ui::label("subtitle", this);
    m_reader->setObjectName(QStringLiteral("reader_state"));
    m_reader->setAlignment(Qt::AlignHCenter);
    body()->addWidget(m_reader);
    m_start = ui::button("primary", this);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setMinimumWidth(360);
    body()->addWidget(m_start, 0, Qt::AlignHCenter);
    connect(m_start, &QPushButton::clicked, this, [this] { m_ctx.session->start(); });
    m_sinkNotice = ui::label("muted", this);
    m_sinkNotice->setObjectName(QStringLiteral("sink_notice"));
    m_sinkNotice->setAlignment(Qt::AlignHCenter);
    body()->addWidget(m_sinkNotice);

    m_languageLabel = ui::label("body", this);
    m_languageLabel->setAlignment(Qt::AlignHCenter);
    body()->addWidget(m_languageLabel);
    auto *languages = new QGridLayout;
    languages->setSpacing(14);
    const int columns = m_ctx.config->languages.size() > 4 ? 4 : int(m_ctx.config->languages.size());
    int n = 0;
    for (const QString &code : std::as_const(m_ctx.config->languages)) {
        QPushButton *b = ui::button("language", this, LanguageManager::nativeName(code));
        b->setObjectName(QStringLiteral("lang_") + code);
        b->setCheckable(true);
        b->setProperty("code", code);
        b->setMinimumWidth(240);
        connect(b, &QPushButton::clicked, this, [this, code] { Q_EMIT languageChosen(code); });
        languages->addWidget(b, n / columns, n % columns);
        m_languageButtons.append(b);
        ++n;
    }
    auto *languageRow = new QHBoxLayout;
    languageRow->addStretch(1);
    languageRow->addLayout(languages);
    languageRow->addStretch(1);
    body()->addLayout(languageRow);

    retranslate();
}

void IdleScreen::enter()
{
    refreshReader();
}

void IdleScreen::refreshReader()
{
    QString text;
    const char *state = "good";
    switch (m_ctx.session->readerState()) {
    case ReaderState::NoService:
        text = tr("The card reader service is not running. Please ask the staff.");
        state = "bad";
        break;
    case ReaderState::NoReader:
        text = tr("No card reader is connected. Please ask the staff.");
        state = "bad";
        break;
    case ReaderState::Ready:
        text = tr("The card reader is ready.");
        break;
    case ReaderState::CardPresent:
        text = tr("A card is on the reader. Tap “Start”, or take the card and place it again.");
        break;
    case ReaderState::CardUnreadable:
        text = tr("The card cannot be read. Check that it is the right way up and place it again.");
        state = "warn";
        break;
    }
    ui::setText(m_reader, text);
    m_reader->setProperty("state", QString::fromLatin1(state));
    ui::setFlag(m_reader, "stateChanged", !m_reader->property("stateChanged").toBool());
    m_start->setVisible(m_ctx.session->readerState() == ReaderState::CardPresent &&
                        m_ctx.session->state() == SessionState::Idle);
    m_picture->setCardPresent(m_ctx.session->readerState() == ReaderState::CardPresent);
    for (QPushButton *b : std::as_const(m_languageButtons)) {
        b->setChecked(b->property("code").toString() == language());
    }
}

void IdleScreen::retranslate()
{
    ui::setText(title(), tr("Please place your My Number card on the reader"));
    ui::setText(subtitle(), tr("Nothing to write by hand: your forms are filled in from the card."));
    ui::setText(m_languageLabel, QStringLiteral("Language / 言語 / 语言 / 언어 / Ngôn ngữ / Idioma"));
    ui::setText(m_start, tr("Start"));
    const bool sinkMissing = m_ctx.sink && !m_ctx.sink->isConfigured();
    ui::setText(m_sinkNotice, sinkMissing ? tr("For staff: no request storage is configured, so requests cannot be "
                                               "accepted (submit/sink).")
                                          : QString());
    m_sinkNotice->setVisible(sinkMissing);
    refreshReader();
}

} // namespace kakanai::kiosk
