#pragma once

#include "mainwindow/Workspace.h"
#include "reports/ReportsView.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QLocale>
#include <memory>

// The set-up the Reports view tests share: a fresh workspace at `databasePath` whose clock stands
// at 20 April 2016, one engagement "Company Y" (company-y.example), and its Reports view at
// 1200x800 in US English, shown. Returns why it failed, or nothing.
namespace sts::test {

struct CompanyYReports
{
    std::unique_ptr<ui::Workspace> workspace;
    std::unique_ptr<ui::ReportsView> view;
    qint64 engagementId = 0;

    QString open(const QString &databasePath)
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        storage::DatabaseLocation location;
        location.sqlitePath = databasePath;
        auto db = storage::Database::open(location);
        if (!db)
            return db.error().message;
        workspace = std::make_unique<ui::Workspace>(
            *db, std::make_shared<FixedClock>(QDateTime(QDate(2016, 4, 20), QTime(9, 0), Qt::UTC)));
        Engagement draft;
        draft.customer = QStringLiteral("Company Y");
        draft.domain.ace = QStringLiteral("company-y.example");
        Result<Engagement> created = workspace->engagements().create(draft);
        if (!created)
            return created.error().message;
        engagementId = created->id;
        view = std::make_unique<ui::ReportsView>();
        view->setWorkspace(workspace.get());
        view->resize(1200, 800);
        view->showEngagement(engagementId);
        view->show();
        return {};
    }
};

} // namespace sts::test
