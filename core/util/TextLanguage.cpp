#include "util/TextLanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace sts {

constinit const TextLanguage TextLanguage::Translated{Kind::Translated};
constinit const TextLanguage TextLanguage::English{Kind::English};

TextLanguage TextLanguage::of(const QTranslator &catalogue)
{
    return TextLanguage(Kind::Catalogue, &catalogue);
}

// What QCoreApplication::translate() does after the lookup: "%n" becomes the count, "%Ln" the
// count in the default locale's digits.
static void replaceCount(QString &text, int n)
{
    if (n < 0)
        return;
    for (qsizetype at = text.indexOf(u'%'); at >= 0 && at + 1 < text.size();
         at = text.indexOf(u'%', at + 1)) {
        const bool localized = text.at(at + 1) == u'L';
        const qsizetype marker = at + (localized ? 2 : 1);
        if (marker >= text.size() || text.at(marker) != u'n')
            continue;
        const QString count = localized ? QLocale().toString(n) : QString::number(n);
        text.replace(at, marker + 1 - at, count);
        at += count.size() - 1;
    }
}

QString TextLanguage::translate(const char *context, const char *source, const char *disambiguation,
                                int n) const
{
    switch (m_kind) {
    case Kind::Translated:
        return QCoreApplication::translate(context, source, disambiguation, n);
    case Kind::English:
        break;
    case Kind::Catalogue:
        if (QString text = m_catalogue->translate(context, source, disambiguation, n);
            !text.isNull()) {
            replaceCount(text, n);
            return text;
        }
        break;
    }
    QString text = QString::fromUtf8(source);
    replaceCount(text, n);
    return text;
}

} // namespace sts
