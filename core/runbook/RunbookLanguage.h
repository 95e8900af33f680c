#pragma once

#include <QString>
#include <QTranslator>
#include <memory>

namespace sts::ui::runbook {

// The runbook's language for the time it is rendered, whatever the UI speaks. Installed on top of
// the application's translators; it never answers "untranslated", so no string falls through to
// the UI language (English source text is the English runbook).
class RunbookTranslator : public QTranslator
{
public:
    explicit RunbookTranslator(const QString &language);
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override;
    bool isEmpty() const override { return false; }

private:
    QTranslator m_catalogue;
};

// Installs a RunbookTranslator on the GUI thread for its lifetime (installing sends a
// LanguageChange event to the application, which must happen on its thread).
class ScopedRunbookLanguage
{
public:
    explicit ScopedRunbookLanguage(const QString &language);
    ~ScopedRunbookLanguage();
    ScopedRunbookLanguage(const ScopedRunbookLanguage &) = delete;
    ScopedRunbookLanguage &operator=(const ScopedRunbookLanguage &) = delete;

private:
    std::unique_ptr<RunbookTranslator> m_translator;
};

} // namespace sts::ui::runbook
