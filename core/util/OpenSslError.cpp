#include "util/OpenSslError.h"

#include <QStringList>
#include <openssl/err.h>

using namespace Qt::StringLiterals;

namespace sts {

QString drainOpenSslErrors()
{
    QStringList reasons;
    const char *file = nullptr;
    const char *function = nullptr;
    const char *data = nullptr;
    int line = 0;
    int flags = 0;
    while (const unsigned long code = ERR_get_error_all(&file, &line, &function, &data, &flags)) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        // ERR_error_string_n gives "error:0A000086:SSL routines::certificate verify failed";
        // the reason text after the last ':' is what a person can read.
        QString text = QString::fromLatin1(buffer);
        const char *reason = ERR_reason_error_string(code);
        if (reason)
            text = QString::fromLatin1(reason);
        if ((flags & ERR_TXT_STRING) && data && *data)
            text += u" ("_s + QString::fromUtf8(data) + u')';
        if (!reasons.contains(text))
            reasons.append(text);
    }
    return reasons.join(u"; "_s);
}

Error openSslError(const QString &code, const QString &what)
{
    const QString reasons = drainOpenSslErrors();
    return Error{code, reasons.isEmpty() ? what : what + u": "_s + reasons};
}

void clearOpenSslErrors()
{
    ERR_clear_error();
}

} // namespace sts
