#include "mtasts/MxPattern.h"

#include "engagement/DomainName.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace sts::mtasts {

static QString tr(const char *text)
{
    return QCoreApplication::translate("sts::mtasts::MxPattern", text);
}

static Error invalid(const QString &message)
{
    return Error{u"policy.mx-invalid"_s, message};
}

QString normalizeHostName(const QString &host)
{
    QString text = host.trimmed();
    if (text.endsWith(u'.'))
        text.chop(1);
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (!ascii) {
        const QByteArray ace = QUrl::toAce(text);
        if (!ace.isEmpty())
            text = QString::fromLatin1(ace);
    }
    return text.toLower();
}

Result<MxPattern> MxPattern::parse(const QString &input)
{
    QString text = input;
    if (text.isEmpty())
        return invalid(tr("The mx pattern is empty."));
    if (text.endsWith(u'.'))
        text.chop(1);
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            const QString ace =
                QString::fromLatin1(QUrl::toAce(text.mid(text.startsWith(u"*."_s) ? 2 : 0)));
            return invalid(
                ace.isEmpty()
                    ? tr("“%1” contains non-ASCII characters; write internationalised "
                         "names as A-labels (xn--…).")
                          .arg(input)
                    : tr("“%1” is not in A-label form; write “%2%3”.")
                          .arg(input, text.startsWith(u"*."_s) ? u"*."_s : QString(), ace));
        }
    }
    text = text.toLower();
    QString host = text;
    if (text.startsWith(u"*."_s))
        host = text.mid(2);
    if (host.contains(u'*'))
        return invalid(tr("“%1”: a wildcard must be the whole left-most label, as in "
                          "“*.example.com”.")
                           .arg(input));
    if (host.size() > 253)
        return invalid(tr("“%1” is longer than 253 characters.").arg(input));
    const QStringList labels = host.split(u'.');
    if (text.startsWith(u"*."_s) && labels.size() < 2)
        return invalid(tr("“%1”: a wildcard needs at least two labels after “*.”.").arg(input));
    for (const QString &label : labels) {
        if (!isLdhLabel(label))
            return invalid(tr("“%1” is not a valid host name: the label “%2” must be 1 to 63 "
                              "letters, digits or inner hyphens.")
                               .arg(input, label));
    }
    MxPattern pattern;
    pattern.m_text = text;
    return pattern;
}

bool MxPattern::matches(const QString &host) const
{
    const QString name = normalizeHostName(host);
    if (name.isEmpty() || m_text.isEmpty())
        return false;
    if (!isWildcard())
        return name == m_text;
    // "*.example.com" covers exactly one extra label: not example.com, not a.b.example.com.
    const QString suffix = m_text.mid(1); // ".example.com"
    if (!name.endsWith(suffix))
        return false;
    const QString first = name.chopped(suffix.size());
    return !first.isEmpty() && !first.contains(u'.');
}

} // namespace sts::mtasts
