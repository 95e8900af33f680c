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
#include "wizard/WizardStepList.h"

#include <QAbstractButton>
#include <QIcon>
#include <QMessageBox>
#include <utility>

using namespace Qt::StringLiterals;

namespace sts::ui {

EngagementWizard::EngagementWizard(Workspace *workspace, const Engagement &engagement,
                                   QWidget *parent)
    : QWizard(parent), m_workspace(workspace), m_basics(new BasicsPage(this)),
      m_mailServers(new MailServersPage(
          workspace, [this] { return m_engagementId; }, this)),
      m_dnssec(new DnssecPage(
          workspace, [this] { return m_engagementId; }, this)),
      m_steps(new WizardStepList(this)), m_engagementId(engagement.id)
{
    static_assert(int(services::WizardStep::Dane) == DanePageId, "one step per page, in order");
    setObjectName(u"engagementWizard"_s);
    setWindowTitle(engagement.id == 0 ? tr("New Engagement")
                                      : tr("Engagement — %1").arg(engagement.title()));
    setWizardStyle(QWizard::ModernStyle);
    // Buttons keep their places on every page: the row is right-aligned, so a button QWizard
    // hides on some pages (Finish on a page that is not final, as the DNSSEC page was; Next on
    // the last page; Back on the first) shifted the others. Shown disabled, nothing moves.
    setOption(QWizard::HaveFinishButtonOnEarlyPages);
    setOption(QWizard::HaveNextButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    setPixmap(QWizard::LogoPixmap, QIcon(u":/icons/stsdesk.svg"_s).pixmap(48, 48));
    m_basics->load(engagement);
    // Finish stays available from the first page on: the later pages are optional steps.
    m_basics->setFinalPage(true);
    m_mailServers->setFinalPage(true);
    m_dnssec->setFinalPage(true);
    setPage(BasicsPageId, m_basics);
    setPage(MailServersPageId, m_mailServers);
    setPage(DnssecPageId, m_dnssec);
    // The DNSSEC page judges from the newest scan; a failed one must not look like "no scan".
    connect(m_mailServers, &MailServersPage::scanFailed, m_dnssec, &DnssecPage::setScanFailure);
    connect(m_mailServers, &MailServersPage::settingsRequested, this,
            &EngagementWizard::settingsRequested);
    connect(m_mailServers, &MailServersPage::snapshotSaved, m_dnssec,
            [this] { m_dnssec->setScanFailure({}); });
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
    setSideWidget(m_steps);
    resize(1040, 640); // the step list takes about 140 of the width
    // Back on the first page, it shows what is stored: a later page (Hosting) may have changed
    // the engagement since, and leaving the first page saves what it shows.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id != BasicsPageId || m_engagementId == 0)
            return;
        if (Result<Engagement> stored = m_workspace->engagements().get(m_engagementId))
            m_basics->load(*stored);
    });
    connect(this, &QWizard::currentIdChanged, this, &EngagementWizard::refreshSteps);
    connect(workspace, &Workspace::changed, this, [this](qint64 id) {
        if (id == m_engagementId)
            refreshSteps();
    });
    connect(m_steps, &WizardStepList::stepActivated, this,
            [this](services::WizardStep step) { goToPage(int(step)); });
    // Back saves the page's settings like Next does (QWizard's own Back would leave them typed
    // but unsaved, and the page shows what is stored when it is entered again).
    button(QWizard::BackButton)->disconnect(this);
    connect(button(QWizard::BackButton), &QAbstractButton::clicked, this,
            &EngagementWizard::goBack);
    refreshSteps();
    if (m_engagementId != 0)
        resumeLastPage();
}

void EngagementWizard::resumeLastPage()
{
    Result<std::optional<services::WizardStep>> last =
        services::WizardProgress(m_workspace->context()).lastStep(m_engagementId);
    if (!last || !*last || int(**last) == BasicsPageId)
        return; // nothing remembered (or unreadable): the first page, as for a new engagement
    restart();  // shows the first page now, so that going on from it works before show()
    goToPage(int(**last));
}

void EngagementWizard::refreshSteps()
{
    m_steps->refresh(m_workspace, m_engagementId);
    m_steps->setCurrentStep(currentId());
}

int EngagementWizard::nextId() const
{
    // The jump's target is next()'s answer only: QWizard asks again once the target is shown
    // (whether Next is possible there), and that answer is the page's own.
    if (m_jumpTarget >= 0)
        return std::exchange(m_jumpTarget, -1);
    return QWizard::nextId();
}

bool EngagementWizard::goToPage(int id)
{
    if (!page(id) || id == currentId())
        return page(id) != nullptr;
    if (visitedIds().contains(id)) {
        if (pageHasUnsavedEdits(currentId()) && !validateCurrentPage())
            return false;
        while (currentId() != id && visitedIds().size() > 1)
            back();
        return currentId() == id;
    }
    m_jumpTarget = id;
    next();
    m_jumpTarget = -1; // not taken when the page left could not be saved
    return currentId() == id;
}

void EngagementWizard::goBack()
{
    if (pageHasUnsavedEdits(currentId()) && !validateCurrentPage())
        return;
    back();
}

bool EngagementWizard::pageHasUnsavedEdits(int id) const
{
    switch (id) {
    case BasicsPageId:
        return m_basics->hasUnsavedEdits();
    case RecordsPageId:
        return m_records->hasUnsavedEdits();
    case HostingPageId:
        return m_hosting->hasUnsavedEdits();
    case PolicyPageId:
        return m_policy->hasUnsavedEdits();
    default:
        return false; // the other pages store what they make at once
    }
}

QStringList EngagementWizard::pagesWithUnsavedEdits() const
{
    QStringList titles;
    for (int id : pageIds())
        if (pageHasUnsavedEdits(id))
            titles << page(id)->title();
    return titles;
}

bool EngagementWizard::saveUnsavedEdits()
{
    // The first page first: the others need the engagement it creates.
    if (m_basics->hasUnsavedEdits() && !saveBasics()) {
        goToPage(BasicsPageId);
        return false;
    }
    if (m_policy->hasUnsavedEdits() && !m_policy->saveVersion()) {
        goToPage(PolicyPageId);
        return false;
    }
    if (!m_records->saveSettings()) {
        goToPage(RecordsPageId);
        return false;
    }
    if (!m_hosting->saveSettings()) {
        goToPage(HostingPageId);
        return false;
    }
    return true;
}

void EngagementWizard::reject()
{
    const QStringList unsaved = pagesWithUnsavedEdits();
    if (!unsaved.isEmpty()) {
        QMessageBox question(QMessageBox::Question, tr("Unsaved changes"),
                             tr("Save your changes on: %1?").arg(unsaved.join(u", "_s)),
                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        question.setObjectName(u"unsavedEditsQuestion"_s);
        question.setInformativeText(
            tr("Save stores them now, Discard closes the wizard without them, Cancel goes back "
               "to the wizard.\n\nSettings typed on a page (customer, TLS-RPT addresses, "
               "hosting and alerts) are saved when you leave it with Next, Back, Finish or a "
               "step in the list; a policy draft becomes a version with “Save as new version” "
               "or Save here. Scans, pre-flight results, keys and CSRs and policy versions are "
               "stored the moment they are made and stay either way."));
        question.setDefaultButton(QMessageBox::Save);
        switch (question.exec()) {
        case QMessageBox::Save:
            if (!saveUnsavedEdits())
                return;
            break;
        case QMessageBox::Discard:
            break;
        default:
            return;
        }
    }
    QWizard::reject();
}

void EngagementWizard::done(int result)
{
    // Where the consultant left, so that the wizard opens there next time. Not being able to
    // write it only costs the resume: the wizard closes all the same.
    if (m_engagementId > 0 && currentId() >= 0)
        (void)services::WizardProgress(m_workspace->context())
            .rememberStep(m_engagementId, services::WizardStep(currentId()));
    QWizard::done(result);
}

bool EngagementWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    if (currentId() != BasicsPageId)
        return true;
    // The first page is saved as soon as it is left, so nothing typed is lost; unchanged, there
    // is nothing to save (and nothing to log).
    return m_engagementId != 0 && !m_basics->hasUnsavedEdits() ? true : saveBasics();
}

bool EngagementWizard::saveBasics()
{
    Engagement entered = m_basics->engagement();
    Result<Engagement> saved = m_engagementId == 0 ? m_workspace->engagements().create(entered)
                                                   : m_workspace->engagements().update(entered);
    if (!saved) {
        m_basics->setSaveError(saved.error().message);
        return false;
    }
    m_basics->setSaveError(QString());
    m_engagementId = saved->id;
    // Created now: from here on Finish saves and closes, it no longer creates anything.
    setButtonText(QWizard::FinishButton, tr("&Save"));
    m_basics->load(*saved);
    m_workspace->notifyChanged(m_engagementId);
    return true;
}

} // namespace sts::ui
