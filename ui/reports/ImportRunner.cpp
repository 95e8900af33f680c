#include "reports/ImportRunner.h"

#include "import/Importer.h"
#include "mainwindow/Workspace.h"

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
    m_cancelFlag.cancel();
}

bool ImportRunner::start(bool retry, const QStringList &paths)
{
    if (!m_workspace || isRunning())
        return false;
    m_cancelFlag = CancelToken();
    const std::shared_ptr<storage::Database> db = m_workspace->databasePtr();
    const std::shared_ptr<const Clock> clock = m_workspace->clock();
    const CancelToken cancel = m_cancelFlag;
    QPointer<ImportRunner> self = this;
    m_busy = true;
    Q_EMIT progress(0, 0);
    m_watcher.setFuture(QtConcurrent::run([db, clock, cancel, paths, retry, self]() -> QVariant {
        Result<std::shared_ptr<storage::Database>> own = db->openAnother();
        if (!own)
            return own.error().message;
        tlsrpt::Importer importer(*own, {}, clock);
        Result<tlsrpt::ImportSummary> summary =
            retry ? importer.retryQuarantine()
                  : importer.importPaths(paths, cancel, [self](qint64 done, qint64 total) {
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
