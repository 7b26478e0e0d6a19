#pragma once

#include "common/Clock.h"
#include "inbox/FormLabels.h"
#include "inbox/IntakeTypes.h"
#include "outbox/BackofficeConfig.h"
#include "outbox/BackofficeError.h"

#include <QMainWindow>
#include <QThread>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace kakanai::backoffice {

class InboxClient;
class ReprintHook;
class RequestListModel;
class RequestView;

// The InboxClient on a thread of its own, started on construction and stopped (connections closed in that thread)
// on destruction.
class InboxClientThread
{
public:
    // `workstationId`: the audit chain of this inbox (InboxClient::setWorkstationId); empty: no audit entries.
    InboxClientThread(const ConnectionSettings &settings, std::shared_ptr<Clock> clock = {},
                      const QString &workstationId = {});
    ~InboxClientThread();
    InboxClientThread(const InboxClientThread &) = delete;
    InboxClientThread &operator=(const InboxClientThread &) = delete;
    InboxClient *client() const { return m_client; }

private:
    QThread m_thread;
    InboxClient *m_client;
};

// Runs reprints on the window's reprint thread, one after the other, with a hook made in that thread.
class ReprintRunner : public QObject
{
    Q_OBJECT

public:
    explicit ReprintRunner(std::function<std::unique_ptr<ReprintHook>()> factory);
    ~ReprintRunner() override;

public Q_SLOTS:
    void run(const kakanai::backoffice::RequestDetail &request);

Q_SIGNALS:
    void done(const QString &requestId, bool ok, const QString &text);

private:
    std::function<std::unique_ptr<ReprintHook>()> m_factory;
    std::unique_ptr<ReprintHook> m_hook;
};

// The back-office staff's window (受付業務): the live list of delivered requests (refreshed on NOTIFY), search and a
// status filter, the opened request with its values and provenance, and the status actions 受付 / 基幹登録済 /
// 返戻 (with a reason) and 再印刷. Every database call goes through the InboxClient on its own thread; widgets are
// found by objectName in the tests.
class InboxWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Hooks
    {
        // Asks for the reason of a return; empty optional: cancelled. Default: a multi-line input dialog.
        std::function<std::optional<QString>(QWidget *parent)> askReturnReason;
        // Makes the reprint hook, called once on the window's reprint thread (printing blocks and renders with
        // per-thread fonts). Empty: NoPrinterReprint.
        std::function<std::unique_ptr<ReprintHook>()> makeReprint;
        FormLabels labels;
        QTimeZone zone; // times shown in this zone; invalid: local time
        int listLimit = 500;
    };

    InboxWindow(InboxClient *client, Hooks hooks, QWidget *parent = nullptr);
    ~InboxWindow() override;

    RequestListModel *model() const { return m_model; }
    RequestView *requestView() const { return m_view; }
    bool isOnline() const { return m_online; }

Q_SIGNALS:
    void listRequested(const kakanai::backoffice::RequestFilter &filter);
    void openRequested(const QString &requestId);
    void statusRequested(const QString &requestId, kakanai::backoffice::RequestStatus status, const QString &reason);
    void reprintRequested(const kakanai::backoffice::RequestDetail &request);
    // A reprint finished (printed or not): the client records it in the audit trail.
    void reprinted(const QString &requestId, bool printed);

public Q_SLOTS:
    void refresh();

private:
    void onListed(const QList<RequestSummary> &rows);
    void onOpened(const RequestDetail &detail);
    void onStatusSet(const RequestSummary &row);
    void onFailed(const QString &operation, const BackofficeError &error);
    void onNotified(const QStringList &created, const QStringList &changed);
    void onConnectionChanged(bool online, const QString &detail);
    void showConnection(bool online, const QString &detail);
    void onSelectionChanged();
    void changeStatus(RequestStatus status);
    void reprint();
    void onReprinted(const QString &requestId, bool ok, const QString &text);
    void updateActions();
    void showMessage(const QString &text, bool error);
    QString selectedId() const;
    static QString errorText(const BackofficeError &error);

    InboxClient *m_client;
    Hooks m_hooks;
    QThread m_reprintThread;
    bool m_printing = false;
    RequestListModel *m_model = nullptr;
    RequestView *m_view = nullptr;
    QTableView *m_list = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_register = nullptr;
    QPushButton *m_return = nullptr;
    QPushButton *m_reprint = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QString m_pendingOpen; // selection to restore after a refresh
    bool m_online = false;
};

} // namespace kakanai::backoffice
