#pragma once

#include "engagement/Engagement.h"

#include <QWizard>

namespace sts::ui {

class BasicsPage;
class CertificatesPage;
class PreflightPage;
class DanePage;
class HostingPage;
class PolicyPage;
class RecordsPage;
class DnssecPage;
class MailServersPage;
class Workspace;

// The engagement wizard. The first page creates or edits the engagement; later capabilities add
// their pages (mail servers, DNSSEC, certificates, pre-flight, policy, records, hosting, DANE).
class EngagementWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        BasicsPageId = 0,
        MailServersPageId,
        DnssecPageId,
        CertificatesPageId,
        PreflightPageId,
        PolicyPageId,
        RecordsPageId,
        HostingPageId,
        DanePageId
    };

    // `engagement.id == 0` creates a new engagement; otherwise edits that one.
    EngagementWizard(Workspace *workspace, const Engagement &engagement, QWidget *parent = nullptr);

    qint64 engagementId() const { return m_engagementId; }
    BasicsPage *basicsPage() const { return m_basics; }
    MailServersPage *mailServersPage() const { return m_mailServers; }
    DnssecPage *dnssecPage() const { return m_dnssec; }
    CertificatesPage *certificatesPage() const { return m_certificates; }
    PreflightPage *preflightPage() const { return m_preflight; }
    PolicyPage *policyPage() const { return m_policy; }
    RecordsPage *recordsPage() const { return m_records; }
    HostingPage *hostingPage() const { return m_hosting; }
    DanePage *danePage() const { return m_dane; }

    bool validateCurrentPage() override;

private:
    Workspace *m_workspace;
    BasicsPage *m_basics;
    MailServersPage *m_mailServers;
    DnssecPage *m_dnssec;
    CertificatesPage *m_certificates = nullptr;
    PreflightPage *m_preflight = nullptr;
    PolicyPage *m_policy = nullptr;
    RecordsPage *m_records = nullptr;
    HostingPage *m_hosting = nullptr;
    DanePage *m_dane = nullptr;
    qint64 m_engagementId = 0;
};

} // namespace sts::ui
