#pragma once

#include <QByteArray>
#include <QString>

namespace sts::deploy {

// A word for POSIX sh in single quotes, so that no character in it is special.
QByteArray shellQuote(const QString &word);

} // namespace sts::deploy
