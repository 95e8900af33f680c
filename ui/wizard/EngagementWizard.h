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
class WizardStepList;
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

    // `engagement.id == 0` creates a new engagement; otherwise edits that one, resuming on the
    // page the wizard was last left on.
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

    WizardStepList *stepList() const { return m_steps; }

    bool validateCurrentPage() override;
    int nextId() const override;

    // Shows page `id` (a PageId): forward like Next (the page left saves its settings), back like
    // Back. False when the page left could not save (its problem is shown there).
    bool goToPage(int id);
    // The titles of the pages holding settings not saved yet.
    QStringList pagesWithUnsavedEdits() const;
    // Saves them; false (showing the page with the problem) when one cannot be saved.
    bool saveUnsavedEdits();

public Q_SLOTS:
    // Cancel, Escape and closing the window: asks first when a page holds unsaved settings.
    void reject() override;
    void done(int result) override;

Q_SIGNALS:
    // The Settings dialog is wanted (the resolver after a failed scan); the main window opens it.
    void settingsRequested();

private:
    bool pageHasUnsavedEdits(int id) const;
    bool saveBasics();
    // What Back does: the settings of the page left are saved as Next would save them.
    void goBack();
    void resumeLastPage();
    void refreshSteps();

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
    WizardStepList *m_steps;
    qint64 m_engagementId = 0;
    mutable int m_jumpTarget = -1; // the page goToPage() goes to with next(); read once
};

} // namespace sts::ui
