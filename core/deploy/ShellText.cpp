#include "deploy/ShellText.h"

using namespace Qt::StringLiterals;

namespace sts::deploy {

QByteArray shellQuote(const QString &word)
{
    QByteArray out = word.toUtf8();
    out.replace('\'', "'\\''");
    return '\'' + out + '\'';
}

} // namespace sts::deploy
