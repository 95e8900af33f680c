// services::Mailboxes on a real SQLite workspace: an engagement's IMAP mailbox is validated,
// normalised, stored (never a password: the table has no column for one), logged as
// "mailbox.changed" with each changed value, removed with "mailbox.removed", and a sync's end is
// recorded, logged as "mailbox.synced" only when it brought reports in.
#include "ServiceFixture.h"
#include "engagement/EventKinds.h"
#include "services/Mailboxes.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sts;
using services::Mailboxes;
using services::StoredMailbox;

class TestMailboxes : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ServiceFixture> m_ws;

    Mailboxes service() const { return Mailboxes(m_ws->context); }
    qint64 id() const { return m_ws->engagementId; }

    static StoredMailbox typed()
    {
        StoredMailbox m;
        m.host = u" IMAP.lab.test "_s;
        m.user = u" reports "_s;
        m.folder = u""_s;
        return m;
    }

    QList<storage::EngagementEvent> mailboxEvents() const
    {
        QList<storage::EngagementEvent> out;
        for (const storage::EngagementEvent &e :
             EngagementService(m_ws->context).events(id()).valueOr({}))
            if (e.kind.startsWith(u"mailbox."_s))
                out << e;
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_ws = std::make_unique<test::ServiceFixture>();
        QVERIFY(m_ws->open());
    }

    void noMailboxUntilOneIsSaved()
    {
        Result<std::optional<StoredMailbox>> none = service().load(id());
        QVERIFY(none.ok());
        QVERIFY(!none->has_value());
        QCOMPARE(service().load(id() + 99).error().code, u"engagement.not-found"_s);
        QCOMPARE(service().remove(id()).error().code, u"mailbox.not-set"_s);
    }

    void saveNormalisesStoresAndLogsChanges()
    {
        Result<StoredMailbox> saved = service().save(id(), typed());
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().describe()));
        QCOMPARE(saved->host, u"IMAP.lab.test"_s);
        QCOMPARE(saved->user, u"reports"_s);
        QCOMPARE(saved->folder, u"INBOX"_s);
        QCOMPARE(saved->updatedAt, m_ws->clock->now());
        const StoredMailbox loaded = service().load(id())->value_or(StoredMailbox{});
        QVERIFY(loaded.sameValues(*saved));

        // Saving the same again writes and logs nothing.
        QVERIFY(service().save(id(), typed()).ok());
        QCOMPARE(mailboxEvents().size(), 1);
        const QJsonObject first = mailboxEvents().first().payload;
        QCOMPARE(first.value(u"host"_s).toObject().value(u"after"_s).toString(),
                 u"IMAP.lab.test"_s);

        StoredMailbox starttls = loaded;
        starttls.security = tlsrpt::ImapSettings::Security::StartTls;
        starttls.port = 143;
        QVERIFY(service().save(id(), starttls).ok());
        const QJsonObject changed = mailboxEvents().last().payload;
        QCOMPARE(changed.keys(), (QStringList{u"port"_s, u"tls"_s}));
        QCOMPARE(changed.value(u"port"_s).toObject().value(u"before"_s).toInt(), 993);
        QCOMPARE(changed.value(u"tls"_s).toObject().value(u"after"_s).toString(), u"starttls"_s);

        // One password per account and server, whatever the engagement, port or folder.
        QCOMPARE(Mailboxes::passwordKey(starttls).service, u"stsdesk-imap"_s);
        QCOMPARE(Mailboxes::passwordKey(starttls).account, u"reports@imap.lab.test"_s);
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("code");
        QTest::newRow("no host") << "" << 993 << "u"
                                 << "INBOX"
                                 << "" << Mailboxes::kHostError;
        QTest::newRow("bad host") << "imap lab" << 993 << "u"
                                  << "INBOX"
                                  << "" << Mailboxes::kHostError;
        QTest::newRow("port 0") << "imap.lab.test" << 0 << "u"
                                << "INBOX"
                                << "" << Mailboxes::kPortError;
        QTest::newRow("no user") << "imap.lab.test" << 993 << " "
                                 << "INBOX"
                                 << "" << Mailboxes::kUserError;
        QTest::newRow("quote") << "imap.lab.test" << 993 << "u"
                               << "IN\"BOX"
                               << "" << Mailboxes::kFolderError;
        QTest::newRow("no CA file") << "127.0.0.1" << 993 << "u"
                                    << "INBOX"
                                    << "/nonexistent.pem" << Mailboxes::kCaFileError;
    }

    void validationNamesTheField()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, folder);
        QFETCH(QString, caFile);
        QFETCH(QString, code);
        StoredMailbox m;
        m.host = host;
        m.port = quint16(port);
        m.user = user;
        m.folder = folder;
        m.caFile = caFile;
        Result<StoredMailbox> saved = service().save(id(), m);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, code);
        QVERIFY(mailboxEvents().isEmpty());
    }

    void noPasswordColumn()
    {
        QSqlQuery q(m_ws->context.database->sql());
        QVERIFY(q.exec(u"SELECT * FROM engagement_mailboxes"_s));
        const QSqlRecord columns = q.record();
        for (int i = 0; i < columns.count(); ++i)
            QVERIFY2(!columns.fieldName(i).contains(u"pass"_s), qPrintable(columns.fieldName(i)));
    }

    void syncRecordedAndLoggedWhenReportsCameIn()
    {
        QVERIFY(service().save(id(), typed()).ok());
        services::MailboxSyncRecord quiet{m_ws->clock->now(), true, u"{}"_s};
        QVERIFY(service().recordSync(id(), quiet, QJsonObject{{u"imported"_s, 0}}).ok());
        QCOMPARE(mailboxEvents().size(), 1); // the save only
        services::MailboxSyncRecord busy{m_ws->clock->now(), true, u"{\"imported\":2}"_s};
        QVERIFY(service().recordSync(id(), busy, QJsonObject{{u"imported"_s, 2}}).ok());
        QCOMPARE(mailboxEvents().last().kind, QString(events::kMailboxSynced));
        const StoredMailbox stored = service().load(id())->value_or(StoredMailbox{});
        QVERIFY(stored.lastSync.ok);
        QCOMPARE(stored.lastSync.result, u"{\"imported\":2}"_s);

        // Saving other values keeps the last sync.
        StoredMailbox other = stored;
        other.folder = u"Reports"_s;
        QVERIFY(service().save(id(), other).ok());
        QCOMPARE(service().load(id())->value_or(StoredMailbox{}).lastSync.result,
                 u"{\"imported\":2}"_s);
    }

    void removeLogsWhatItWas()
    {
        QVERIFY(service().save(id(), typed()).ok());
        QVERIFY(service().remove(id()).ok());
        QVERIFY(!service().load(id())->has_value());
        QCOMPARE(mailboxEvents().last().kind, QString(events::kMailboxRemoved));
        QCOMPARE(mailboxEvents().last().payload.value(u"user"_s).toString(), u"reports"_s);
    }
};

QTEST_GUILESS_MAIN(TestMailboxes)
#include "test_mailboxes.moc"
