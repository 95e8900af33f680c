#pragma once

// A fresh workspace for one use-case test: the context a face would hold (a fixed clock, the
// actor "tester") and one engagement whose consultant is someone else than the actor.
#include "services/EngagementService.h"
#include "services/ServiceContext.h"

#include <QTemporaryDir>
#include <QTest>

namespace sts::test {

struct ServiceFixture
{
    QTemporaryDir dir;
    std::shared_ptr<FixedClock> clock =
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC));
    ServiceContext context;
    qint64 engagementId = 0;
    QString url; // the workspace to open; empty: a SQLite file in `dir`

    // QVERIFY-style: false (with a message logged) when the workspace cannot be made.
    bool open(const QString &domain = QStringLiteral("lab.test"))
    {
        if (!dir.isValid())
            return false;
        Result<ServiceContext> opened =
            openWorkspace(url.isEmpty() ? dir.filePath(QStringLiteral("ws.sqlite")) : url, clock,
                          QStringLiteral("tester"));
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().describe()));
            return false;
        }
        context = *opened;
        Engagement draft;
        draft.customer = QStringLiteral("ACME");
        draft.domain = DomainName::fromUserInput(domain).value();
        draft.consultant = QStringLiteral("Carol Consultant");
        Result<Engagement> created = EngagementService(context).create(draft);
        if (!created) {
            qWarning("%s", qPrintable(created.error().describe()));
            return false;
        }
        engagementId = created->id;
        return true;
    }
};

} // namespace sts::test
