#include "reports/ImportRunner.h"

#include "mainwindow/Workspace.h"
#include "services/ReportImport.h"

#include <QPointer>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace sts::ui {

ImportRunner::ImportRunner(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<QVariant>::finished, this, &ImportRunner::workerFinished);
}

ImportRunner::~ImportRunner()
{
    cancel();
    m_watcher.waitForFinished();
}

bool ImportRunner::importPaths(const QStringList &paths)
{
    return !paths.isEmpty() && start(false, paths);
}

bool ImportRunner::retryQuarantine()
{
    return start(true, {});
}

void ImportRunner::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

bool ImportRunner::start(bool retry, const QStringList &paths)
{
    if (!m_workspace || isRunning())
        return false;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    const ServiceContext context = m_workspace->context();
    const std::shared_ptr<std::atomic_bool> cancel = m_cancelFlag;
    QPointer<ImportRunner> self = this;
    m_busy = true;
    Q_EMIT progress(0, 0);
    m_watcher.setFuture(QtConcurrent::run([context, cancel, paths, retry, self]() -> QVariant {
        Result<ServiceContext> own = context.forThisThread();
        if (!own)
            return own.error().message;
        tlsrpt::ReportImport reports(*own);
        Result<tlsrpt::ImportSummary> summary =
            retry ? reports.retryQuarantine()
                  : reports.importPaths(paths, cancel.get(), [self](qint64 done, qint64 total) {
                        QMetaObject::invokeMethod(self, [self, done, total] {
                            if (self)
                                Q_EMIT self->progress(done, total);
                        });
                    });
        if (!summary)
            return summary.error().message;
        return QVariant::fromValue(summary->toJson());
    }));
    return true;
}

void ImportRunner::workerFinished()
{
    const QVariant result = m_watcher.result();
    m_busy = false;
    if (result.typeId() == QMetaType::QString)
        Q_EMIT failed(result.toString());
    else
        Q_EMIT finished(result.toJsonObject());
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
