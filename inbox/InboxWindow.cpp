#include "inbox/InboxWindow.h"

#include "common/Clock.h"
#include "inbox/InboxClient.h"
#include "inbox/ReprintHook.h"
#include "inbox/RequestListModel.h"
#include "inbox/RequestView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace kakanai::backoffice {

InboxClientThread::InboxClientThread(const ConnectionSettings &settings, std::shared_ptr<Clock> clock,
                                     const QString &workstationId)
    : m_client(new InboxClient(settings, std::move(clock)))
{
    m_client->setWorkstationId(workstationId);
    m_client->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::started, m_client, &InboxClient::start);
    m_thread.setObjectName(QStringLiteral("kakanai-inbox-db"));
    m_thread.start();
}

InboxClientThread::~InboxClientThread()
{
    QMetaObject::invokeMethod(m_client, &InboxClient::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_client;
}

InboxWindow::InboxWindow(InboxClient *client, Hooks hooks, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_hooks(std::move(hooks))
{
    setWindowTitle(tr("Kakanai 受付 — 書かない窓口の申請"));
    setObjectName(QStringLiteral("inboxWindow"));
    if (!m_hooks.makeReprint) {
        m_hooks.makeReprint = [] { return std::make_unique<NoPrinterReprint>(); };
    }
    auto *runner = new ReprintRunner(m_hooks.makeReprint);
    runner->moveToThread(&m_reprintThread);
    connect(&m_reprintThread, &QThread::finished, runner, &QObject::deleteLater);
    connect(this, &InboxWindow::reprintRequested, runner, &ReprintRunner::run);
    connect(runner, &ReprintRunner::done, this, &InboxWindow::onReprinted);
    m_reprintThread.setObjectName(QStringLiteral("kakanai-inbox-print"));
    m_reprintThread.start();
    if (!m_hooks.askReturnReason) {
        m_hooks.askReturnReason = [](QWidget *owner) -> std::optional<QString> {
            bool ok = false;
            const QString reason =
                QInputDialog::getMultiLineText(owner, tr("返戻"), tr("返戻の理由（住民に伝える内容）"), QString(), &ok);
            return ok ? std::optional<QString>(reason) : std::nullopt;
        };
    }
    const FormLabels labels = m_hooks.labels;
    m_model = new RequestListModel(
        [labels](const QString &kind, const QString &id) { return labels.procedureTitle(kind, id); }, m_hooks.zone,
        this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *filterRow = new QHBoxLayout;
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("検索: 受付番号・申請ID・端末・手続・氏名・住所"));
    m_search->setClearButtonEnabled(true);
    m_statusFilter = new QComboBox(central);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("すべて"), QString());
    for (RequestStatus s :
         {RequestStatus::Received, RequestStatus::Accepted, RequestStatus::Registered, RequestStatus::Returned}) {
        m_statusFilter->addItem(RequestListModel::statusText(s), statusName(s));
    }
    auto *refreshButton = new QPushButton(tr("更新"), central);
    refreshButton->setObjectName(QStringLiteral("refresh"));
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_statusFilter);
    filterRow->addWidget(refreshButton);
    layout->addLayout(filterRow);

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    m_list = new QTableView(splitter);
    m_list->setObjectName(QStringLiteral("requestList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->horizontalHeader()->setSectionResizeMode(RequestListModel::ReceivedColumn, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(RequestListModel::ReceiptColumn, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(RequestListModel::StatusColumn, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(RequestListModel::KioskColumn, QHeaderView::ResizeToContents);
    m_list->setColumnWidth(RequestListModel::ProcedureColumn, 200);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new RequestView(m_hooks.labels, m_hooks.zone, right);
    m_view->setObjectName(QStringLiteral("requestView"));
    auto *actions = new QHBoxLayout;
    m_accept = new QPushButton(tr("受付"), right);
    m_accept->setObjectName(QStringLiteral("accept"));
    m_register = new QPushButton(tr("基幹登録済"), right);
    m_register->setObjectName(QStringLiteral("registered"));
    m_return = new QPushButton(tr("返戻…"), right);
    m_return->setObjectName(QStringLiteral("return"));
    m_reprint = new QPushButton(tr("再印刷"), right);
    m_reprint->setObjectName(QStringLiteral("reprint"));
    for (QPushButton *b : {m_accept, m_register, m_return, m_reprint}) {
        b->setMinimumHeight(36);
        actions->addWidget(b);
    }
    actions->addStretch(1);
    rightLayout->addWidget(m_view, 1);
    rightLayout->addLayout(actions);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({600, 800});
    layout->addWidget(splitter, 1);

    m_message = new QLabel(central);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    setCentralWidget(central);

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connection"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    statusBar()->addWidget(m_connection);
    statusBar()->addPermanentWidget(m_count);
    showConnection(false, QString());
    m_connection->setText(tr("接続しています…"));

    // Notifications come in bursts (a kiosk delivers a batch): one refresh per burst.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &InboxWindow::refresh);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_refreshTimer->start(300); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &InboxWindow::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &InboxWindow::refresh);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InboxWindow::onSelectionChanged);
    connect(m_accept, &QPushButton::clicked, this, [this] { changeStatus(RequestStatus::Accepted); });
    connect(m_register, &QPushButton::clicked, this, [this] { changeStatus(RequestStatus::Registered); });
    connect(m_return, &QPushButton::clicked, this, [this] { changeStatus(RequestStatus::Returned); });
    connect(m_reprint, &QPushButton::clicked, this, &InboxWindow::reprint);

    connect(this, &InboxWindow::listRequested, m_client, &InboxClient::refresh);
    connect(this, &InboxWindow::openRequested, m_client, &InboxClient::open);
    connect(this, &InboxWindow::statusRequested, m_client, &InboxClient::setStatus);
    connect(this, &InboxWindow::reprinted, m_client, &InboxClient::recordReprint);
    connect(m_client, &InboxClient::listed, this, &InboxWindow::onListed);
    connect(m_client, &InboxClient::opened, this, &InboxWindow::onOpened);
    connect(m_client, &InboxClient::statusSet, this, &InboxWindow::onStatusSet);
    connect(m_client, &InboxClient::failed, this, &InboxWindow::onFailed);
    connect(m_client, &InboxClient::notified, this, &InboxWindow::onNotified);
    connect(m_client, &InboxClient::connectionChanged, this, &InboxWindow::onConnectionChanged);

    resize(1280, 760);
    updateActions();
    refresh();
}

InboxWindow::~InboxWindow()
{
    // A print in progress finishes first (CUPS calls time out); the runner and its hook are deleted in that thread.
    m_reprintThread.quit();
    m_reprintThread.wait();
}

ReprintRunner::ReprintRunner(std::function<std::unique_ptr<ReprintHook>()> factory)
    : m_factory(std::move(factory))
{
    qRegisterMetaType<kakanai::backoffice::RequestDetail>();
}

ReprintRunner::~ReprintRunner() = default;

void ReprintRunner::run(const RequestDetail &request)
{
    if (!m_hook) {
        m_hook = m_factory();
    }
    auto result = m_hook->reprint(request);
    Q_EMIT done(request.summary.requestId, result.ok(), result ? *result : result.error().detail);
}

void InboxWindow::refresh()
{
    RequestFilter filter;
    filter.text = m_search->text();
    filter.status = statusFromName(m_statusFilter->currentData().toString());
    filter.limit = m_hooks.listLimit;
    m_pendingOpen = selectedId();
    Q_EMIT listRequested(filter);
}

QString InboxWindow::selectedId() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->data(rows.first(), RequestListModel::RequestIdRole).toString();
}

void InboxWindow::onListed(const QList<RequestSummary> &rows)
{
    if (!m_online) {
        showConnection(true, QString()); // an answer means connected (the client may have said so before we listened)
    }
    const QString keep = m_pendingOpen.isEmpty() ? selectedId() : m_pendingOpen;
    {
        const QSignalBlocker block(m_list->selectionModel());
        m_model->setRows(rows);
    }
    m_count->setText(tr("%n 件", nullptr, static_cast<int>(rows.size())));
    const int row = keep.isEmpty() ? -1 : m_model->rowOf(keep);
    if (row >= 0) {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->selectRow(row);
    } else if (!keep.isEmpty()) {
        m_view->clear();
    }
    updateActions();
}

void InboxWindow::onSelectionChanged()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        m_view->clear();
    } else {
        Q_EMIT openRequested(id);
    }
    updateActions();
}

void InboxWindow::onOpened(const RequestDetail &detail)
{
    if (detail.summary.requestId != selectedId()) {
        return; // the selection moved on meanwhile
    }
    m_view->showRequest(detail);
    m_model->updateRow(detail.summary);
    updateActions();
}

void InboxWindow::onStatusSet(const RequestSummary &row)
{
    m_model->updateRow(row);
    showMessage(tr("%1 を「%2」にしました").arg(row.requestId, RequestListModel::statusText(row.status)), false);
    if (row.requestId == selectedId()) {
        Q_EMIT openRequested(row.requestId); // the history grew
    }
    updateActions();
}

QString InboxWindow::errorText(const BackofficeError &error)
{
    switch (error.code) {
    case BackofficeErrorCode::IntakeUnavailable:
        return tr("受付データベースに接続できません");
    case BackofficeErrorCode::IntakeTls:
        return tr("受付データベースの証明書を確認できません（IT担当へ）");
    case BackofficeErrorCode::IntakeAuth:
    case BackofficeErrorCode::IntakePermission:
        return tr("受付データベースへの権限がありません（IT担当へ）");
    case BackofficeErrorCode::InvalidTransition:
        return tr("この状態には変更できません");
    case BackofficeErrorCode::NotFound:
        return tr("申請が見つかりません");
    default:
        return tr("処理できませんでした");
    }
}

void InboxWindow::onFailed(const QString &operation, const BackofficeError &error)
{
    showMessage(QStringLiteral("%1 (%2: %3)").arg(errorText(error), operation, error.codeName()), true);
}

void InboxWindow::onNotified(const QStringList &created, const QStringList &changed)
{
    if (!created.isEmpty()) {
        showMessage(tr("新しい申請 %n 件", nullptr, static_cast<int>(created.size())), false);
    }
    m_refreshTimer->start();
    const QString current = selectedId();
    if (!current.isEmpty() && changed.contains(current)) {
        Q_EMIT openRequested(current);
    }
}

void InboxWindow::onConnectionChanged(bool online, const QString &detail)
{
    const bool wasOnline = m_online;
    showConnection(online, detail);
    if (online && !wasOnline) {
        refresh(); // whatever arrived while offline
    }
}

void InboxWindow::showConnection(bool online, const QString &detail)
{
    m_online = online;
    m_connection->setText(online ? tr("● 接続中（新しい申請は自動で表示）") : tr("○ 未接続 — 再接続します"));
    m_connection->setToolTip(detail);
    updateActions();
}

void InboxWindow::updateActions()
{
    const bool has = m_view->hasRequest() && m_view->current().summary.requestId == selectedId();
    const RequestStatus s = has ? m_view->current().summary.status : RequestStatus::Received;
    m_accept->setEnabled(has && m_online && statusTransitionAllowed(s, RequestStatus::Accepted));
    m_register->setEnabled(has && m_online && statusTransitionAllowed(s, RequestStatus::Registered));
    m_return->setEnabled(has && m_online && statusTransitionAllowed(s, RequestStatus::Returned));
    m_reprint->setEnabled(has && !m_printing);
}

void InboxWindow::changeStatus(RequestStatus status)
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        return;
    }
    QString reason;
    if (status == RequestStatus::Returned) {
        const std::optional<QString> answer = m_hooks.askReturnReason(this);
        if (!answer) {
            return;
        }
        reason = answer->trimmed();
        if (reason.isEmpty()) {
            showMessage(tr("返戻には理由が必要です"), true);
            return;
        }
    }
    Q_EMIT statusRequested(id, status, reason);
}

void InboxWindow::reprint()
{
    if (!m_view->hasRequest() || m_printing) {
        return;
    }
    m_printing = true;
    showMessage(tr("印刷しています…"), false);
    updateActions();
    Q_EMIT reprintRequested(m_view->current());
}

void InboxWindow::onReprinted(const QString &requestId, bool ok, const QString &text)
{
    m_printing = false;
    Q_EMIT reprinted(requestId, ok);
    if (ok) {
        showMessage(tr("再印刷しました（%1）: %2").arg(requestId, text), false);
    } else {
        showMessage(tr("再印刷できません（%1）: %2").arg(requestId, text), true);
    }
    updateActions();
}

void InboxWindow::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QStringLiteral("color: #1b5e20;"));
}

} // namespace kakanai::backoffice
