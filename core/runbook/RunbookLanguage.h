#pragma once

#include "util/TextLanguage.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTranslator>

namespace sts::runbook {

// The language a runbook is written in, whatever the program speaks: the catalogue of that
// language, asked directly and never installed in the application (building a German runbook
// changes the language of nothing else), and the locale of its dates and numbers.
class RunbookLanguage
{
public:
    explicit RunbookLanguage(const QString &language); // "de" or "en"; anything else is English
    RunbookLanguage(const RunbookLanguage &) = delete;
    RunbookLanguage &operator=(const RunbookLanguage &) = delete;

    QString code() const { return m_code; } // "de" or "en"
    const QLocale &locale() const { return m_locale; }
    // For what core phrases itself (findings, phases, blocking reasons, artifact descriptions).
    // Valid as long as this object lives.
    TextLanguage text() const { return TextLanguage::of(m_catalogue); }

    // `source` under `context` in the runbook's language; English source text is the English
    // runbook, so a message never falls through to the program's language.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int n = -1) const;

    QString formatDay(const QDate &day) const;     // long format; empty for an invalid date
    QString formatTime(const QDateTime &at) const; // UTC, stated as such
    QString formatCount(qint64 n) const;           // with the language's digit grouping

private:
    QString m_code;
    QLocale m_locale;
    QTranslator m_catalogue;
};

} // namespace sts::runbook
