#include "runbook/RunbookLanguage.h"

using namespace Qt::StringLiterals;

namespace sts::runbook {

RunbookLanguage::RunbookLanguage(const QString &language)
    : m_code(language == u"de"_s ? u"de"_s : u"en"_s),
      m_locale(m_code == u"de"_s ? QLocale(QLocale::German, QLocale::Germany)
                                 : QLocale(QLocale::English, QLocale::UnitedKingdom))
{
    // English needs its catalogue for plurals ("1 day", not "1 day(s)"). Without one (a build
    // without translations) the English source is what every reader gets.
    (void)m_catalogue.load(u":/i18n/stsdesk_%1.qm"_s.arg(m_code));
}

QString RunbookLanguage::translate(const char *context, const char *source,
                                   const char *disambiguation, int n) const
{
    return text().translate(context, source, disambiguation, n);
}

QString RunbookLanguage::formatDay(const QDate &day) const
{
    return day.isValid() ? m_locale.toString(day, QLocale::LongFormat) : QString();
}

QString RunbookLanguage::formatTime(const QDateTime &at) const
{
    if (!at.isValid())
        return {};
    return m_locale.toString(at.toUTC(), u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
}

QString RunbookLanguage::formatCount(qint64 n) const
{
    return m_locale.toString(n);
}

} // namespace sts::runbook
