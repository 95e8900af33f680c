#pragma once

#include "util/TextLanguage.h"

#include <QDateTime>
#include <QLocale>
#include <QTranslator>

namespace sts {

// The language a notification mail is written in ("de" or "en"), whatever the program speaks:
// its catalogue is asked directly, never installed (runbook::RunbookLanguage does the same for
// documents; services cannot reach the runbook layer).
class MailLanguage
{
public:
    explicit MailLanguage(const QString &code);
    MailLanguage(const MailLanguage &) = delete;
    MailLanguage &operator=(const MailLanguage &) = delete;

    QString code() const { return m_code; }
    TextLanguage text() const { return TextLanguage::of(m_catalogue); }
    QString day(const QDate &d) const { return m_locale.toString(d, QLocale::ShortFormat); }
    QString time(const QDateTime &at) const;
    QString percent(double rate) const; // 0.034 -> "3.4 %"

private:
    QString m_code;
    QLocale m_locale;
    QTranslator m_catalogue;
};

} // namespace sts
