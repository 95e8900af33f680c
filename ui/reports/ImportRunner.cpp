#include "reports/ImportRunner.h"

#include "mainwindow/Workspace.h"
#include "services/ReportImport.h"

using namespace Qt::StringLiterals;

namespace sts::ui {

ImportRunner::ImportRunner(QObject *parent) : QObject(parent), m_tasks(new TaskRunner(this, 1)) {}

bool ImportRunner::importPaths(const QStringList &paths)
{
    return !paths.isEmpty() && start(false, paths);
}

bool ImportRunner::retryQuarantine()
{
    return start(true, {});
}

bool ImportRunner::start(bool retry, const QStringList &paths)
{
    if (!m_workspace || isRunning())
        return false;
    Q_EMIT progress(0, 0);
    m_import.start(
        [context = m_workspace->context(), paths,
         retry](const CancelToken &cancel, Progress &progress) -> Result<QJsonObject> {
            Result<ServiceContext> own = context.forThisThread();
            if (!own)
                return own.error();
            tlsrpt::ReportImport reports(*own);
            Result<tlsrpt::ImportSummary> summary =
                retry ? reports.retryQuarantine()
                      : reports.importPaths(paths, cancel, [&progress](qint64 done, qint64 total) {
                            progress.report(done, total);
                        });
            if (!summary)
                return summary.error();
            return summary->toJson();
        },
        [this](const Result<QJsonObject> &summary) {
            if (summary)
                Q_EMIT finished(*summary);
            else
                Q_EMIT failed(summary.error().message);
        },
        [this](const ProgressStep &step) { Q_EMIT progress(step.done, step.total); });
    return true;
}

QString ImportRunner::summaryText(const QJsonObject &summary)
{
    QString text = tr("Imported %1 report(s), %2 duplicate(s), %3 quarantined.")
                       .arg(summary.value(u"imported"_s).toInt())
                       .arg(summary.value(u"duplicates"_s).toInt())
                       .arg(summary.value(u"quarantined"_s).toInt());
    if (const int conflicts = summary.value(u"conflicts"_s).toInt(); conflicts > 0)
        text += u" "_s + tr("%n report(s) arrived again with other content and wait in Conflicts.",
                            nullptr, conflicts);
    // Not "imported" and then shown nowhere: say where they are.
    if (const int unassigned = summary.value(u"unassigned"_s).toInt(); unassigned > 0)
        text += u" "_s + tr("%n report(s) were for domains no engagement holds: they are stored "
                            "but counted in no engagement. Find them in View › Unassigned "
                            "Reports, where you can assign their domain to an engagement.",
                            nullptr, unassigned);
    if (summary.value(u"cancelled"_s).toBool())
        text += tr(" Cancelled; what was read so far is kept.");
    return text;
}

} // namespace sts::ui
