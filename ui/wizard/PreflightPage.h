#pragma once

#include "probe/ProbeResult.h"
#include "services/ProbeService.h"

#include <QJsonObject>
#include <QWizardPage>
#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sts::ui {

class ProbeRunner;
class Workspace;

// Wizard page "Pre-flight": what a strict sender would see before anything is published. Probes
// every MX host at each address of the latest discovery snapshot, plus mta-sts.<domain> over
// HTTPS, off the GUI thread with progress, Cancel and Run again (F5). The matrix shows per
// address each check and the RFC 8460 result type; each failure says what it means in testing
// and in enforce mode. Completed runs are stored with the engagement (ProbeService).
class PreflightPage : public QWizardPage
{
    Q_OBJECT
public:
    enum Column {
        HostColumn,
        AddressColumn,
        StarttlsColumn,
        ChainColumn,
        NameColumn,
        ExpiryColumn,
        TrustColumn,
        DaneColumn,
        ProtocolColumn, // protocol, BSI TR-02102-2 rating, TLS 1.0/1.1 refused or accepted
        ResultColumn,
        ColumnCount
    };

    // On the full-width line under a failed address: what the failure means for senders.
    static constexpr int MeaningRole = Qt::UserRole + 1;

    PreflightPage(Workspace *workspace, std::function<qint64()> engagementId,
                  QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    void run();
    void cancel();
    bool isRunning() const;
    ProbeRunner *runner() const { return m_runner; }

Q_SIGNALS:
    // A run finished and was stored.
    void probesStored();

private:
    void reloadStored();
    void addRow(const QJsonObject &probe, const QDateTime &at);
    void setRunning(bool running);
    void showError(const QString &message);
    void onSucceeded(const tls::ProbeReport &report);

    Workspace *m_workspace;
    std::function<qint64()> m_engagementId;
    ProbeRunner *m_runner;
    QString m_domain;
    std::optional<PreflightPlan> m_plan; // of the newest scan

    QLabel *m_status;
    QSpinBox *m_smtpPort;
    QSpinBox *m_httpsPort;
    QTableWidget *m_table;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QLabel *m_error;
};

} // namespace sts::ui
