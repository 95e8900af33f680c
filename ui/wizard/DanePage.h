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
// For an unsigned zone the page says that DANE needs DNSSEC and shows nothing to publish.
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
    void addTlsaRow(const HostDigests &host, const QByteArray &digest, const QString &key,
                    const QString &source);
    void addPlan(const HostDigests &host, int ttl);

    Workspace *m_workspace;
    std::function<qint64()> m_engagementId;
    PublishContext m_context;
    QLabel *m_status;
    QTableWidget *m_tlsa;
    QLabel *m_planLabel;
    QTableWidget *m_plan;
};

} // namespace sts::ui
