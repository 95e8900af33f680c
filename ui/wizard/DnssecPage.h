#pragma once

#include "services/DiscoveryService.h"

#include <QWizardPage>
#include <functional>

class QLabel;
class QTableWidget;

namespace sts::ui {

class Workspace;

// Wizard page "DNSSEC": for the latest discovery snapshot, the verdict of every name discovery
// validated (MX RRset, each host's A/AAAA, each TLSA RRset) in plain words, and per MX host
// whether DANE is available and why not.
class DnssecPage : public QWizardPage
{
    Q_OBJECT
public:
    // The newest scan did not complete (MailServersPage::scanFailed): say so instead of showing
    // an older scan, or nothing, as if it were current. Empty clears it.
    void setScanFailure(const QString &message) { m_scanFailure = message; }
    enum VerdictColumn { NameColumn, TypeColumn, VerdictColumn, ExplanationColumn };
    enum DaneColumn { DaneHostColumn, DaneStateColumn, DaneWhyColumn };

    DnssecPage(Workspace *workspace, std::function<qint64()> engagementId,
               QWidget *parent = nullptr);

    void initializePage() override;
    // Shows `snapshot` (initializePage() loads the engagement's latest one).
    void showSnapshot(const std::optional<DiscoverySnapshot> &snapshot);

private:
    void addVerdictRow(const dns::LookupResult &lookup, const QString &what);

    Workspace *m_workspace;
    std::function<qint64()> m_engagementId;
    QLabel *m_status;
    QTableWidget *m_verdicts;
    QTableWidget *m_dane;
    QString m_scanFailure; // the newest scan's failure in this wizard; empty when it completed
    QString m_resolver;    // of the snapshot shown: rows that could not be checked name it
};

} // namespace sts::ui
