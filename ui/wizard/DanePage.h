#pragma once

#include "wizard/PublishContext.h"

#include <QWizardPage>
#include <functional>

class QLabel;
class QTableWidget;

namespace sts::ui {

class Workspace;

// Wizard page "DANE": for a DNSSEC-signed zone, the TLSA records per MX host ("3 1 1" of the
// current key, plus the staged next key's during a rollover) and the rollover plan with dates.
// Otherwise it says why DANE does not apply yet (zone not signed, chain not validating, or the
// resolver could not tell) and shows the records and plan it would publish once it does.
class DanePage : public QWizardPage
{
    Q_OBJECT
public:
    enum TlsaColumn { HostColumn, OwnerColumn, RecordColumn, KeyColumn, SourceColumn };
    enum PlanColumn { PlanHostColumn, PlanWhenColumn, PlanStepColumn, PlanRecordsColumn };

    DanePage(Workspace *workspace, std::function<qint64()> engagementId, QWidget *parent = nullptr);

    void initializePage() override;
    bool daneAvailable() const { return m_context.daneAvailable(); }

private:
    // Fills both tables; returns the hosts without a known key.
    QStringList showRecords(const QList<HostDigests> &hosts);
    QString notYetReason(bool anyRecords) const; // why DANE does not apply, and what to do
    void addTlsaRow(const HostDigests &host, const QByteArray &digest, const QString &key,
                    const QString &source);
    void addPlan(const HostDigests &host, int ttl);

    Workspace *m_workspace;
    std::function<qint64()> m_engagementId;
    PublishContext m_context;
    QLabel *m_status;
    QLabel *m_tlsaLabel;
    QTableWidget *m_tlsa;
    QLabel *m_planLabel;
    QTableWidget *m_plan;
};

} // namespace sts::ui
