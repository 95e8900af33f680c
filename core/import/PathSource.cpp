#include "import/PathSource.h"

namespace sts::tlsrpt {

PathSource::PathSource(QStringList paths, QString kind, QString id)
    : m_paths(std::move(paths)), m_kind(std::move(kind)), m_id(std::move(id))
{}

Status PathSource::open(const QString &cursor)
{
    Q_UNUSED(cursor);
    m_handedOut = false;
    return Status::success();
}

Result<std::optional<SourceBatch>> PathSource::next()
{
    if (m_handedOut || m_paths.isEmpty())
        return std::optional<SourceBatch>();
    m_handedOut = true;
    SourceBatch batch;
    batch.paths = m_paths;
    return std::optional<SourceBatch>(std::move(batch));
}

} // namespace sts::tlsrpt
