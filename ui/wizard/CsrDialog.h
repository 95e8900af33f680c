#pragma once

#include "tls/KeyGenerator.h"

#include <QDialog>
#include <QFutureWatcher>
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
// mta-sts.<domain>), the key type, an optional passphrase and whether to stage the next key for
// a DANE rollover. Generation runs on a worker thread (RSA 4096 takes seconds) with a busy
// indicator; the result shows the CSR (copy, save as…), where the 0600 key was written (the
// engagement's secrets folder, the same one `stsdesk-cli csr` uses) and the SPKI SHA-256
// digests to publish as TLSA 3 1 1.
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
    void setAlgorithm(tls::KeyAlgorithm algorithm);
    void setPassphrase(const QString &passphrase);
    void setStageNext(bool stage);

    void generate();
    bool isBusy() const { return m_watcher.isRunning(); }
    // Set after a successful run; `next.keyPath` is empty when no next key was staged.
    const std::optional<tls::StagedKeys> &result() const { return m_result; }

Q_SIGNALS:
    void generated(bool ok);

private:
    void onGenerated();
    void saveCsrAs();
    void setBusy(bool busy);
    void showError(const QString &message);

    Workspace *m_workspace;
    qint64 m_engagementId;
    QString m_domain;
    QString m_secretsDir;
    QFutureWatcher<Result<tls::StagedKeys>> m_watcher;
    std::optional<tls::StagedKeys> m_result;

    QListWidget *m_hosts;
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
