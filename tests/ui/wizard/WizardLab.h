#pragma once
// The DNS lab and a workspace for the wizard tests, with the application's settings pointing at
// the lab's resolver and trust anchor, as a consultant's Settings dialog would.

#include "dnslab/DnsLab.h"
#include "mainwindow/AppSettings.h"
#include "mainwindow/Workspace.h"
#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <memory>

namespace sts::test {

// Starts the lab and opens a SQLite workspace at `sqlitePath`. Returns an empty string when
// ready; otherwise why not, with `*skip` set when only tools are missing (the caller QSKIPs).
inline QString startWizardLab(const QString &applicationName, const QString &sqlitePath,
                              std::shared_ptr<const Clock> clock, std::unique_ptr<DnsLab> &dns,
                              std::unique_ptr<ui::Workspace> &workspace, bool *skip)
{
    using namespace Qt::StringLiterals;
    QCoreApplication::setOrganizationName(u"stsdesk-test"_s);
    QCoreApplication::setApplicationName(applicationName);
    QString missing;
    *skip = !DnsLab::toolsAvailable(&missing, false);
    if (*skip)
        return u"missing tools: "_s + missing;
    dns = std::make_unique<DnsLab>();
    QString error;
    if (!dns->start(&error))
        return error;
    ui::AppSettings::setResolver(dns->resolverSpec());
    ui::AppSettings::setTrustAnchorFile(dns->trustAnchorFile());
    storage::DatabaseLocation location;
    location.sqlitePath = sqlitePath;
    Result<std::shared_ptr<storage::Database>> db = storage::Database::open(location);
    if (!db)
        return db.error().message;
    workspace = std::make_unique<ui::Workspace>(*db, std::move(clock));
    return {};
}

} // namespace sts::test

// In initTestCase: QSKIP when the lab's tools are missing, fail on any other problem.
#define STSDESK_START_WIZARD_LAB(app, path, clock, dns, workspace)                                 \
    do {                                                                                           \
        bool skip_ = false;                                                                        \
        const QString why_ = sts::test::startWizardLab(app, path, clock, dns, workspace, &skip_);  \
        if (skip_)                                                                                 \
            QSKIP(qPrintable(why_));                                                               \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                \
    } while (false)
