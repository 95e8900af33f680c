#pragma once

#include "records/RecordSet.h"
#include "services/RecordPush.h"
#include "util/Task.h"

#include <QDialog>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sts::ui {

class Workspace;

// "Push to DNS server…": the Records page's records sent to the customer's primary as one
// TSIG-signed RFC 2136 update (services/RecordPush, as `stsdesk-cli records push`), then read
// back from it. Server, port, key file and zone start as the engagement's last push left them;
// the key file's path is all that is kept. The push runs as a task with progress and a cancel
// button; the table shows per record whether the server serves it as sent.
class RecordPushDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { NameColumn, TypeColumn, ValueColumn, ResultColumn };
    // Asks for the key file: (current path) → path, empty = cancelled. Replaceable for tests.
    using KeyFileChooser = std::function<QString(const QString &)>;

    RecordPushDialog(Workspace *workspace, qint64 engagementId, records::RecordSet set,
                     QWidget *parent = nullptr);
    ~RecordPushDialog() override;

    void setKeyFileChooser(KeyFileChooser chooser) { m_chooseKeyFile = std::move(chooser); }
    void setTarget(const services::PushTarget &target);
    services::PushTarget target() const;

    void push();
    // Asks a running push to stop; what it did so far (an applied update) is still shown.
    void cancel();
    bool isBusy() const { return m_push.isRunning(); }
    const std::optional<services::PushOutcome> &outcome() const { return m_outcome; }

Q_SIGNALS:
    void finished(bool ok);

private:
    void onPushed(const Result<services::PushOutcome> &outcome);
    void showOutcome(const services::PushOutcome &outcome);
    void chooseKeyFile();
    void setBusy(bool busy);
    void setMessage(const QString &message, bool error);

    Workspace *m_workspace;
    qint64 m_engagementId;
    records::RecordSet m_set;
    KeyFileChooser m_chooseKeyFile;
    TaskRunner *m_tasks;
    Task<services::PushOutcome> m_push{m_tasks};
    std::optional<services::PushOutcome> m_outcome;

    QLineEdit *m_server;
    QSpinBox *m_port;
    QLineEdit *m_keyFile;
    QLineEdit *m_zone;
    QPushButton *m_start;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_message;
    QTableWidget *m_results;
};

} // namespace sts::ui
