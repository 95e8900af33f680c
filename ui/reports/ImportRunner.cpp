#include "reports/ImportRunner.h"

#include "import/Importer.h"
#include "mainwindow/Workspace.h"

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
        [db = m_workspace->databasePtr(), clock = m_workspace->clock(), paths,
         retry](const CancelToken &cancel, Progress &progress) -> Result<QJsonObject> {
            Result<std::shared_ptr<storage::Database>> own = db->openAnother();
            if (!own)
                return own.error();
            tlsrpt::Importer importer(*own, {}, clock);
            Result<tlsrpt::ImportSummary> summary =
                retry ? importer.retryQuarantine()
                      : importer.importPaths(paths, cancel, [&progress](qint64 done, qint64 total) {
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
    if (summary.value(u"cancelled"_s).toBool())
        text += tr(" Cancelled; what was read so far is kept.");
    return text;
}

} // namespace sts::ui
