#pragma once

#include "tls/KeyGenerator.h"
#include "util/Result.h"
#include "util/Task.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace sts::ui {

class Workspace;

// "Generate key and CSR…": the hosts to name (the MX hosts of the latest scan and
// mta-sts.<domain>, plus names the consultant adds), the key type, an optional passphrase and
// whether to stage the next key for a DANE rollover. Generation runs as a task (RSA 4096 takes
// seconds) with a busy indicator; the result shows the CSR (copy, save as…), where the 0600 key was
// written (the engagement's secrets folder, the same one `stsdesk-cli csr` uses) and the SPKI
// SHA-256 digests to publish as TLSA 3 1 1.
class CsrDialog : public QDialog
{
    Q_OBJECT
public:
    CsrDialog(Workspace *workspace, qint64 engagementId, QWidget *parent = nullptr);
    ~CsrDialog() override;

    // Where keys go; the engagement's secrets folder unless changed (tests).
    void setSecretsDir(const QString &dir);
    QString secretsDir() const { return m_secretsDir; }

    QStringList hosts() const;        // all offered, in order
    QStringList checkedHosts() const; // those ticked
    void setCheckedHosts(const QStringList &hosts);
    // Adds a host name beyond the proposed ones, ticked, in its DNS (A-label) form; an error
    // (shown in the dialog) when it is not a host name a CSR can carry or is listed already.
    Status addName(const QString &typed);
    void setAlgorithm(tls::KeyAlgorithm algorithm);
    void setPassphrase(const QString &passphrase);
    void setStageNext(bool stage);

    void generate();
    bool isBusy() const { return m_keygen.isRunning(); }
    // Set after a successful run; `next.keyPath` is empty when no next key was staged.
    const std::optional<tls::StagedKeys> &result() const { return m_result; }

Q_SIGNALS:
    void generated(bool ok);

private:
    void onGenerated(const Result<tls::StagedKeys> &keys);
    void saveCsrAs();
    void setBusy(bool busy);
    void showError(const QString &message);

    Workspace *m_workspace;
    qint64 m_engagementId;
    QString m_domain;
    QString m_secretsDir;
    // Closing the dialog waits for a generation still running: it writes files only and does
    // not look at its token, so a key is never left half-written (its event is not recorded).
    TaskRunner *m_tasks;
    Task<tls::StagedKeys> m_keygen{m_tasks};
    std::optional<tls::StagedKeys> m_result;

    QListWidget *m_hosts;
    QLineEdit *m_extraName;
    QPushButton *m_addName;
    QComboBox *m_algorithm;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QCheckBox *m_stageNext;
    QPushButton *m_generate;
    QProgressBar *m_busy;
    QLabel *m_error;
    QLabel *m_keyInfo;
    QPlainTextEdit *m_csr;
    QPushButton *m_copy;
    QPushButton *m_save;
    QLabel *m_where;
};

} // namespace sts::ui
