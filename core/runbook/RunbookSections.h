#pragma once

#include "RunbookData.h"
#include "RunbookDocument.h"
#include "RunbookWriter.h"

#include <QCoreApplication>
#include <QLocale>
#include <optional>

namespace sts::ui::runbook {

// What every section builder sees. Chart and timeline images are rendered beforehand (on the
// GUI thread) and handed in, so builders stay pure functions of data.
struct SectionInput
{
    const RunbookData &data;
    const RunbookOptions &options;
    QList<RunbookImage> charts; // TLS-RPT charts, in display order
    QImage timeline;            // null when no timeline picture is available
};

// A builder returns the section, or nothing and says why in `omitted` (translated).
using SectionBuilder = std::optional<RunbookSection> (*)(const SectionInput &, QString *omitted);

class OverviewSections
{
    Q_DECLARE_TR_FUNCTIONS(sts::ui::runbook::OverviewSections)
public:
    static QString coverHtml(const SectionInput &in);
    static std::optional<RunbookSection> keyWarning(const SectionInput &in, QString *omitted);
    static std::optional<RunbookSection> summary(const SectionInput &in, QString *omitted);
    static std::optional<RunbookSection> mxInventory(const SectionInput &in, QString *omitted);
    static std::optional<RunbookSection> certificates(const SectionInput &in, QString *omitted);
};

class PublishingSections
{
    Q_DECLARE_TR_FUNCTIONS(sts::ui::runbook::PublishingSections)
public:
    static std::optional<RunbookSection> policies(const SectionInput &in, QString *omitted);
    static std::optional<RunbookSection> records(const SectionInput &in, QString *omitted);
    static std::optional<RunbookSection> hosting(const SectionInput &in, QString *omitted);
    static std::optional<RunbookSection> renewal(const SectionInput &in, QString *omitted);
    static std::optional<RunbookSection> dane(const SectionInput &in, QString *omitted);
};

class OperationsSections
{
    Q_DECLARE_TR_FUNCTIONS(sts::ui::runbook::OperationsSections)
public:
    static std::optional<RunbookSection> tlsReports(const SectionInput &in, QString *omitted);
    static std::optional<RunbookSection> timeline(const SectionInput &in, QString *omitted);
    static std::optional<RunbookSection> incidents(const SectionInput &in, QString *omitted);
    static std::optional<RunbookSection> rollback(const SectionInput &in, QString *omitted);
    static std::optional<RunbookSection> bsiChecklist(const SectionInput &in, QString *omitted);
};

// Dates and numbers in the runbook's language, not the UI's.
QLocale runbookLocale(const RunbookOptions &options);
QString formatDay(const QDate &day, const RunbookOptions &options);
QString formatTime(const QDateTime &at, const RunbookOptions &options); // UTC, stated as such

// All builders in document order.
QList<SectionBuilder> sectionBuilders();

} // namespace sts::ui::runbook
