#include "wizard/EngagementWizard.h"

#include "mainwindow/Workspace.h"
#include "wizard/BasicsPage.h"
#include "wizard/CertificatesPage.h"
#include "wizard/DanePage.h"
#include "wizard/DnssecPage.h"
#include "wizard/HostingPage.h"
#include "wizard/MailServersPage.h"
#include "wizard/PolicyPage.h"
#include "wizard/PreflightPage.h"
#include "wizard/RecordsPage.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace sts::ui {

EngagementWizard::EngagementWizard(Workspace *workspace, const Engagement &engagement,
                                   QWidget *parent)
    : QWizard(parent), m_workspace(workspace), m_basics(new BasicsPage(this)),
      m_mailServers(new MailServersPage(
          workspace, [this] { return m_engagementId; }, this)),
      m_dnssec(new DnssecPage(
          workspace, [this] { return m_engagementId; }, this)),
      m_engagementId(engagement.id)
{
    setObjectName(u"engagementWizard"_s);
    setWindowTitle(engagement.id == 0 ? tr("New Engagement")
                                      : tr("Engagement — %1").arg(engagement.title()));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPixmap(QWizard::LogoPixmap, QIcon(u":/icons/stsdesk.svg"_s).pixmap(48, 48));
    m_basics->load(engagement);
    // Finish stays available from the first page on: the later pages are optional steps.
    m_basics->setFinalPage(true);
    m_mailServers->setFinalPage(true);
    setPage(BasicsPageId, m_basics);
    setPage(MailServersPageId, m_mailServers);
    setPage(DnssecPageId, m_dnssec);
    const auto currentId = [this] { return m_engagementId; };
    m_certificates = new CertificatesPage(workspace, currentId, this);
    m_preflight = new PreflightPage(workspace, currentId, this);
    m_certificates->setFinalPage(true);
    m_preflight->setFinalPage(true);
    setPage(CertificatesPageId, m_certificates);
    setPage(PreflightPageId, m_preflight);
    m_policy = new PolicyPage(workspace, currentId, this);
    m_records = new RecordsPage(workspace, currentId, this);
    m_hosting = new HostingPage(workspace, currentId, this);
    m_dane = new DanePage(workspace, currentId, this);
    for (QWizardPage *page :
         {static_cast<QWizardPage *>(m_policy), static_cast<QWizardPage *>(m_records),
          static_cast<QWizardPage *>(m_hosting)})
        page->setFinalPage(true);
    setPage(PolicyPageId, m_policy);
    setPage(RecordsPageId, m_records);
    setPage(HostingPageId, m_hosting);
    setPage(DanePageId, m_dane);
    setButtonText(QWizard::FinishButton, engagement.id == 0 ? tr("&Create") : tr("&Save"));
    resize(900, 640);
    // Back on the first page, it shows what is stored: a later page (Hosting) may have changed
    // the engagement since, and leaving the first page saves what it shows.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id != BasicsPageId || m_engagementId == 0)
            return;
        if (Result<Engagement> stored = m_workspace->engagements().get(m_engagementId))
            m_basics->load(*stored);
    });
}

bool EngagementWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    if (currentId() != BasicsPageId)
        return true;
    // The first page is saved as soon as it is left, so nothing typed is lost.
    Engagement entered = m_basics->engagement();
    Result<Engagement> saved = m_engagementId == 0 ? m_workspace->engagements().create(entered)
                                                   : m_workspace->engagements().update(entered);
    if (!saved) {
        m_basics->setSaveError(saved.error().message);
        return false;
    }
    m_basics->setSaveError(QString());
    m_engagementId = saved->id;
    m_basics->load(*saved);
    m_workspace->notifyChanged(m_engagementId);
    return true;
}

} // namespace sts::ui
