#include "services/MailLanguage.h"

using namespace Qt::StringLiterals;

namespace sts {

MailLanguage::MailLanguage(const QString &code)
    : m_code(code == u"de"_s ? u"de"_s : u"en"_s),
      m_locale(m_code == u"de"_s ? QLocale(QLocale::German, QLocale::Germany)
                                 : QLocale(QLocale::English, QLocale::UnitedKingdom))
{
    // Without a catalogue (a build without translations) the English source is the text.
    (void)m_catalogue.load(u":/i18n/stsdesk_%1.qm"_s.arg(m_code));
}

QString MailLanguage::time(const QDateTime &at) const
{
    return at.isValid() ? m_locale.toString(at.toUTC(), u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s
                        : QString();
}

QString MailLanguage::percent(double rate) const
{
    return m_locale.toString(rate * 100.0, 'f', 1) + u" %"_s;
}

} // namespace sts
