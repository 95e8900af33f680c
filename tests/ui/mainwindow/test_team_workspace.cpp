// The GUI for a team workspace: Settings never writes the workspace password into the settings
// file (it goes to libpq's password file, also from settings of older versions), and the
// engagement list shows who each engagement is assigned to and assigns it from its context menu.
#include "mainwindow/AppSettings.h"
#include "mainwindow/AssignmentActions.h"
#include "mainwindow/EngagementListPanel.h"
#include "mainwindow/GuiStartup.h"
#include "mainwindow/SettingsDialog.h"
#include "mainwindow/Workspace.h"
#include "services/Assignments.h"
#include "storage/Database.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using namespace sts::ui;

class TestTeamWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }
    QString settingsFile() const
    {
        QSettings settings;
        settings.sync();
        return settings.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"stsdesk-test"_s);
        QCoreApplication::setApplicationName(u"stsdesk"_s);
        qputenv("PGPASSFILE", m_dir.filePath(u"pgpass"_s).toLocal8Bit());
        qputenv("USER", "carol");
    }

    // Settings written by an older STS Desk: the password leaves the settings file when read.
    void oldSettingsLoseThePassword()
    {
        QSettings().setValue(u"workspace/database"_s,
                             u"postgresql://anna:alt-geheim@db.example:5432/team"_s);
        QSettings().sync();
        QVERIFY(readAll(settingsFile()).contains("alt-geheim"));
        SettingsDialog dialog;
        QLineEdit *url = dialog.findChild<QLineEdit *>(u"settingsDatabase"_s);
        QCOMPARE(url->text(), u"postgresql://anna@db.example:5432/team"_s);
        QVERIFY(!readAll(settingsFile()).contains("alt-geheim"));
        QVERIFY(
            readAll(m_dir.filePath(u"pgpass"_s)).contains("db.example:5432:team:anna:alt-geheim"));
    }

    // Saving never writes the password, whether typed into the password field or the URL.
    void savedSettingsHoldNoPassword()
    {
        SettingsDialog dialog;
        QLineEdit *url = dialog.findChild<QLineEdit *>(u"settingsDatabase"_s);
        QLineEdit *password = dialog.findChild<QLineEdit *>(u"settingsDatabasePassword"_s);
        QVERIFY(url && password);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        url->setText(m_dir.filePath(u"local.sqlite"_s));
        QVERIFY(!password->isEnabled()); // a SQLite file has no password
        url->setText(u"postgresql://bert:im-url@db.example/team?sslmode=verify-full&"
                     "sslrootcert=/etc/ssl/team-ca.pem"_s);
        QVERIFY(password->isEnabled());
        QTest::keyClicks(password, u"im-feld"_s);
        const SettingsDialog::Changes changes = dialog.save();
        QVERIFY2(changes.problem.isEmpty(), qPrintable(changes.problem));
        QVERIFY(changes.database);
        const QByteArray settings = readAll(settingsFile());
        QVERIFY2(!settings.contains("im-url") && !settings.contains("im-feld"),
                 settings.constData());
        QVERIFY(settings.contains("sslmode=verify-full"));
        QCOMPARE(AppSettings::databaseUrl(),
                 u"postgresql://bert@db.example/team?sslmode=verify-full&"
                 "sslrootcert=/etc/ssl/team-ca.pem"_s);
        // The field's password was stored after the URL's, so it is the one libpq finds.
        QVERIFY(readAll(m_dir.filePath(u"pgpass"_s)).contains("db.example:*:team:bert:im-feld"));
        QVERIFY(!readAll(m_dir.filePath(u"pgpass"_s)).contains("im-url"));
    }

    // As stsdesk-cli: a password on stsdesk's command line is refused, and not repeated.
    void commandLinePasswordRefused()
    {
        Result<std::unique_ptr<Workspace>> opened =
            ui::openWorkspace(u"postgresql://anna:kommandozeile@127.0.0.1:1/team"_s);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, u"storage.password-in-url"_s);
        QVERIFY(!opened.error().message.contains(u"kommandozeile"_s));
        QVERIFY(opened.error().message.contains(u"postgresql://anna@127.0.0.1:1/team"_s));
    }

    void listShowsAndSetsAssignee()
    {
        storage::DatabaseLocation location;
        location.sqlitePath = m_dir.filePath(u"team.sqlite"_s);
        auto db = storage::Database::open(location);
        QVERIFY(db);
        Workspace workspace(*db, Clock::system());
        QList<qint64> ids;
        for (const QString &domain : {u"a.example"_s, u"b.example"_s}) {
            Engagement draft;
            draft.customer = domain;
            draft.domain = DomainName::fromUserInput(domain).value();
            Result<Engagement> created = workspace.engagements().create(draft);
            QVERIFY(created);
            ids << created->id;
        }
        EngagementListPanel panel;
        panel.setWorkspace(&workspace);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *list = panel.findChild<QListView *>(u"engagementList"_s);
        QCOMPARE(list->contextMenuPolicy(), Qt::ActionsContextMenu);
        auto *toMe = panel.findChild<QAction *>(u"assignToMe"_s);
        auto *to = panel.findChild<QAction *>(u"assignTo"_s);
        auto *unassign = panel.findChild<QAction *>(u"unassign"_s);
        QVERIFY(toMe && to && unassign);
        QVERIFY(list->actions().contains(toMe));

        panel.selectEngagement(ids[0]);
        QVERIFY(toMe->isEnabled());
        toMe->trigger();
        const auto display = [&](qint64 id) {
            return panel.model().index(panel.model().rowOf(id)).data().toString();
        };
        QVERIFY2(display(ids[0]).contains(u"assigned to carol"_s), qPrintable(display(ids[0])));
        QCOMPARE(panel.model()
                     .index(panel.model().rowOf(ids[0]))
                     .data(EngagementListModel::AssigneeRole)
                     .toString(),
                 u"carol"_s);

        panel.selectEngagement(ids[1]);
        QString asked;
        panel.assignmentActions()->askConsultant = [&](QWidget *, const QString &current) {
            asked = u"asked"_s + current;
            return u"dave"_s;
        };
        to->trigger();
        QCOMPARE(asked, u"asked"_s);
        QVERIFY2(display(ids[1]).contains(u"assigned to dave"_s), qPrintable(display(ids[1])));
        QCOMPARE(services::Assignments(workspace.context()).assignees().valueOr({}),
                 (QHash<qint64, QString>{{ids[0], u"carol"_s}, {ids[1], u"dave"_s}}));

        unassign->trigger();
        QVERIFY(!display(ids[1]).contains(u"assigned"_s));
        QCOMPARE(panel.currentId(), ids[1]);
    }
};

QTEST_MAIN(TestTeamWorkspace)
#include "test_team_workspace.moc"
