#pragma once

#include <QObject>
#include <QString>
#include <QtGlobal>

namespace sts::test {

// The child of `parent` named `name`; a GUI test without it cannot go on, so the program ends
// with the name instead of crashing on a null pointer later.
template <typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

} // namespace sts::test
