#pragma once

#include "engagement/Engagement.h"

#include <QWizard>

namespace sts::ui {

class BasicsPage;
class DnssecPage;
class MailServersPage;
class Workspace;

// The engagement wizard. The first page creates or edits the engagement; later capabilities add
// their pages (mail servers, DNSSEC, certificates, pre-flight, policy, records, hosting, DANE).
class EngagementWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { BasicsPageId = 0, MailServersPageId, DnssecPageId };

    // `engagement.id == 0` creates a new engagement; otherwise edits that one.
    EngagementWizard(Workspace *workspace, const Engagement &engagement, QWidget *parent = nullptr);

    qint64 engagementId() const { return m_engagementId; }
    BasicsPage *basicsPage() const { return m_basics; }
    MailServersPage *mailServersPage() const { return m_mailServers; }
    DnssecPage *dnssecPage() const { return m_dnssec; }

    bool validateCurrentPage() override;

private:
    Workspace *m_workspace;
    BasicsPage *m_basics;
    MailServersPage *m_mailServers;
    DnssecPage *m_dnssec;
    qint64 m_engagementId = 0;
};

} // namespace sts::ui
