#include "tlsrpt/InputAllowance.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::tlsrpt::InputAllowance", text);
}

bool InputAllowance::reserve(qint64 bytes)
{
    if (m_deferred)
        return false;
    if (!m_budget)
        return true;
    const bool always = !m_front || m_front->load(std::memory_order_acquire) == m_self;
    if (m_budget->take(bytes, always))
        return true;
    m_deferred = true;
    return false;
}

void InputAllowance::release(qint64 bytes)
{
    if (m_budget)
        m_budget->give(bytes);
}

Status InputAllowance::unpacked(qint64 bytes)
{
    m_unpacked += bytes;
    if (m_unpacked <= m_maxInputBytes)
        return Status::success();
    return Error{u"tlsrpt.too-large"_s,
                 tr("The input unpacks to more than %1 MiB in all (archives inside archives "
                    "included) and was refused.")
                     .arg(m_maxInputBytes / (1024 * 1024))};
}

Error InputAllowance::deferral()
{
    return Error{u"tlsrpt.deferred"_s, u"deferred until memory is free"_s};
}

bool InputAllowance::isDeferral(const Error &error)
{
    return error.code == u"tlsrpt.deferred"_s;
}

} // namespace sts::tlsrpt
