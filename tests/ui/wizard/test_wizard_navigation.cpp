// The wizard as a place to find one's way: the step list beside the pages with each step's state
// from what is stored, a click on a step going there, reopening on the page last left, Cancel and
// Escape asking before unsaved settings are lost, and the buttons staying where they are.
#include "WizardTestSupport.h"
#include "services/PolicyVersions.h"
#include "wizard/BasicsPage.h"
#include "wizard/EngagementWizard.h"
#include "wizard/WizardStepList.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;
using services::StepState;
using services::WizardStep;
using test::child;

class TestWizardNavigation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    std::unique_ptr<EngagementWizard> openWizard(qint64 id)
    {
        return test::showWizard(m_workspace.get(), id);
    }
    static StepState shownState(QWidget *wizard, WizardStep step)
    {
        auto *list = child<QListWidget>(wizard, u"wizardStepList"_s);
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->data(WizardStepList::StepRole).toInt() == int(step))
                return StepState(list->item(row)->data(WizardStepList::StateRole).toInt());
        qFatal("step %d not listed", int(step));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"stsdesk-test"_s);
        QCoreApplication::setApplicationName(u"test_wizard_navigation"_s);
        m_workspace = test::openTestWorkspace(m_dir.filePath(u"nav.sqlite"_s));
    }

    void freshEngagementHasNothingStarted()
    {
        auto wizard = openWizard(0);
        auto *list = child<QListWidget>(wizard.get(), u"wizardStepList"_s);
        QCOMPARE(list->count(), services::kWizardStepCount);
        QVERIFY(list->isVisible());
        for (int step = 0; step < services::kWizardStepCount; ++step)
            QCOMPARE(shownState(wizard.get(), WizardStep(step)), StepState::NotStarted);
        QVERIFY(list->item(0)->text().contains(u"Customer and domain"_s));
        QVERIFY(list->item(0)->text().contains(u"not started"_s));

        const qint64 id = test::createEngagement(m_workspace.get(), u"Fresh AG"_s, u"fresh.test"_s);
        auto stored = openWizard(id);
        QCOMPARE(shownState(stored.get(), WizardStep::Basics), StepState::Done);
        for (int step = int(WizardStep::MailServers); step < services::kWizardStepCount; ++step)
            QCOMPARE(shownState(stored.get(), WizardStep(step)), StepState::NotStarted);
    }

    void partlyDoneEngagementShowsItsState()
    {
        const qint64 id = test::createEngagement(m_workspace.get(), u"Teil AG"_s, u"teil.test"_s);
        test::storeScan(m_workspace.get(), id, u"teil.test"_s, true);
        QVERIFY(PolicyVersions(m_workspace->context()).create(id, {}).ok());
        auto wizard = openWizard(id);
        QCOMPARE(shownState(wizard.get(), WizardStep::Basics), StepState::Done);
        QCOMPARE(shownState(wizard.get(), WizardStep::MailServers), StepState::Done);
        QCOMPARE(shownState(wizard.get(), WizardStep::Dnssec), StepState::NeedsAttention);
        QCOMPARE(shownState(wizard.get(), WizardStep::Certificates), StepState::NotStarted);
        QCOMPARE(shownState(wizard.get(), WizardStep::Preflight), StepState::NotStarted);
        QCOMPARE(shownState(wizard.get(), WizardStep::Policy), StepState::Done);
        QCOMPARE(shownState(wizard.get(), WizardStep::Hosting), StepState::NotStarted);
        auto *list = child<WizardStepList>(wizard.get(), u"wizardStepList"_s);
        QVERIFY2(list->itemOf(WizardStep::Dnssec)->toolTip().contains(u"bogus"_s),
                 qPrintable(list->itemOf(WizardStep::Dnssec)->toolTip()));

        // A click on a step goes there; Back returns to the page it came from.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->itemOf(WizardStep::Policy)).center());
        QCOMPARE(wizard->currentId(), int(EngagementWizard::PolicyPageId));
        QVERIFY(list->itemOf(WizardStep::Policy)->font().bold());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->itemOf(WizardStep::MailServers)).center());
        QCOMPARE(wizard->currentId(), int(EngagementWizard::MailServersPageId));
        // DANE is not on the Next path of an unsigned zone, yet its step opens it; it is the last
        // page, so Next is off there.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualItemRect(list->itemOf(WizardStep::Dane)).center());
        QCOMPARE(wizard->currentId(), int(EngagementWizard::DanePageId));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard->button(QWizard::BackButton)->isEnabled());
    }

    void reopeningResumesWhereTheConsultantLeft()
    {
        const qint64 id =
            test::createEngagement(m_workspace.get(), u"Resume AG"_s, u"resume.test"_s);
        {
            auto wizard = openWizard(id);
            QCOMPARE(wizard->currentId(), int(EngagementWizard::BasicsPageId));
            wizard->next();
            wizard->next();
            wizard->next();
            QCOMPARE(wizard->currentId(), int(EngagementWizard::CertificatesPageId));
            wizard->reject();
        }
        auto reopened = openWizard(id);
        QCOMPARE(reopened->currentId(), int(EngagementWizard::CertificatesPageId));
        // Back still leads to the pages before.
        reopened->back();
        QCOMPARE(reopened->currentId(), int(EngagementWizard::BasicsPageId));
    }

    void cancelWithEditsAsks()
    {
        const qint64 id =
            test::createEngagement(m_workspace.get(), u"Cancel AG"_s, u"cancel.test"_s);
        // Discard: closed, nothing of the edit stored.
        {
            auto wizard = openWizard(id);
            auto *customer = child<QLineEdit>(wizard.get(), u"customer"_s);
            customer->selectAll();
            QTest::keyClicks(customer, u"Cancel Discarded AG"_s);
            bool asked = false;
            QString text;
            test::whenModal<QMessageBox>(
                [&text](QMessageBox *box) {
                    text = box->text() + u'\n' + box->informativeText();
                    box->button(QMessageBox::Discard)->click();
                },
                &asked);
            QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
            QVERIFY(asked);
            QVERIFY2(text.contains(u"Customer and domain"_s), qPrintable(text));
            QVERIFY2(text.contains(u"Discard closes the wizard without them"_s), qPrintable(text));
            QVERIFY(!wizard->isVisible());
            QCOMPARE(m_workspace->engagements().get(id)->customer, u"Cancel AG"_s);
        }
        // Escape, then Cancel in the question: the wizard stays with the edit in place.
        {
            auto wizard = openWizard(id);
            auto *customer = child<QLineEdit>(wizard.get(), u"customer"_s);
            customer->selectAll();
            QTest::keyClicks(customer, u"Cancel Saved AG"_s);
            bool asked = false;
            test::whenModal<QMessageBox>(
                [](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); }, &asked);
            QTest::keyClick(customer, Qt::Key_Escape);
            QVERIFY(asked);
            QVERIFY(wizard->isVisible());
            QCOMPARE(customer->text(), u"Cancel Saved AG"_s);
            // Save: stored, then closed.
            test::whenModal<QMessageBox>(
                [](QMessageBox *box) { box->button(QMessageBox::Save)->click(); }, &asked);
            wizard->reject();
            QVERIFY(asked);
            QVERIFY(!wizard->isVisible());
            QCOMPARE(m_workspace->engagements().get(id)->customer, u"Cancel Saved AG"_s);
        }
        // A policy draft not saved as a version is named too; Save makes it one.
        {
            test::storeScan(m_workspace.get(), id, u"cancel.test"_s, false);
            auto wizard = openWizard(id);
            QVERIFY(wizard->goToPage(EngagementWizard::PolicyPageId));
            QVERIFY(PolicyVersions(m_workspace->context()).list(id)->isEmpty());
            child<QSpinBox>(wizard.get(), u"policyMaxAge"_s)->setValue(172800);
            bool asked = false;
            QString text;
            test::whenModal<QMessageBox>(
                [&text](QMessageBox *box) {
                    text = box->text();
                    box->button(QMessageBox::Save)->click();
                },
                &asked);
            wizard->reject();
            QVERIFY(asked);
            QVERIFY2(text.contains(u"Policy"_s), qPrintable(text));
            QVERIFY(!wizard->isVisible());
            const auto versions = PolicyVersions(m_workspace->context()).list(id);
            QCOMPARE(versions->size(), 1);
            QCOMPARE(versions->first().version.policy.maxAge, 172800);
        }
        // Without edits nothing is asked.
        {
            auto wizard = openWizard(id);
            bool asked = false;
            test::whenModal<QMessageBox>(
                [](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); }, &asked, 300);
            wizard->reject();
            QVERIFY(!wizard->isVisible());
            QTest::qWait(400);
            QVERIFY(!asked);
        }
    }

    void buttonsKeepTheirPlaceOnEveryPage()
    {
        const qint64 id =
            test::createEngagement(m_workspace.get(), u"Buttons AG"_s, u"buttons.test"_s);
        test::storeScan(m_workspace.get(), id, u"buttons.test"_s, false);
        auto wizard = openWizard(id);
        QCOMPARE(wizard->currentId(), int(EngagementWizard::BasicsPageId));
        const QList<QWizard::WizardButton> which{QWizard::BackButton, QWizard::NextButton,
                                                 QWizard::FinishButton, QWizard::CancelButton};
        auto geometry = [&] {
            QStringList places;
            for (QWizard::WizardButton button : which) {
                QAbstractButton *b = wizard->button(button);
                const QRect r(b->mapTo(wizard.get(), QPoint(0, 0)), b->size());
                places << u"%1:%2,%3 %4x%5"_s.arg(b->isVisible() ? u"shown"_s : u"hidden"_s)
                              .arg(r.x())
                              .arg(r.y())
                              .arg(r.width())
                              .arg(r.height());
            }
            return places.join(u" | "_s);
        };
        QCoreApplication::processEvents();
        const QString first = geometry();
        QVERIFY2(!first.contains(u"hidden"_s), qPrintable(first));
        QList<int> visited{wizard->currentId()};
        for (int step = 0; step < 12; ++step) {
            wizard->next();
            if (visited.contains(wizard->currentId()))
                break;
            visited << wizard->currentId();
            QCoreApplication::processEvents();
            QCOMPARE(u"page %1: "_s.arg(wizard->currentId()) + geometry(),
                     u"page %1: "_s.arg(wizard->currentId()) + first);
        }
        QVERIFY(visited.contains(EngagementWizard::DnssecPageId));
        QVERIFY(visited.contains(EngagementWizard::HostingPageId));
        if (!visited.contains(EngagementWizard::DanePageId)) { // unsigned: not on the Next path
            wizard->setStartId(EngagementWizard::DanePageId);
            wizard->restart();
            QCoreApplication::processEvents();
            QCOMPARE(u"DANE page: "_s + geometry(), u"DANE page: "_s + first);
        }
    }
};

QTEST_MAIN(TestWizardNavigation)
#include "test_wizard_navigation.moc"
