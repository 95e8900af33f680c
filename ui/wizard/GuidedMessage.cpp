#include "wizard/GuidedMessage.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::ui {

QString GuidedMessage::text() const
{
    // Parts may end in an optional sentence ("… %1") that was left empty.
    QString out = what.trimmed();
    if (const QString m = meaning.trimmed(); !m.isEmpty())
        out += (out.isEmpty() ? QString() : u" "_s) + m;
    if (const QString n = next.trimmed(); !n.isEmpty())
        out += (out.isEmpty() ? QString() : u"\n"_s) +
               QCoreApplication::translate("sts::ui::GuidedMessage", "Next: %1").arg(n);
    return out;
}

QString lookupSettingsStep(const QString &resolverInUse)
{
    // The context lupdate files a free function of sts::ui under.
    return QCoreApplication::translate(
               "sts::ui",
               "open the settings (“DNS settings…” on “Mail servers”, or File → Settings…) and "
               "set “DNS resolver” to one that answers (used: %1; empty means the system "
               "resolver) or check “DNSSEC trust anchor”, then scan again (F5).")
        .arg(resolverInUse);
}

} // namespace sts::ui
