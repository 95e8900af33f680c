#include "RunbookTranslator.h"

#include "RunbookCharts.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::ui::runbook {

RunbookTranslator::RunbookTranslator(const QString &language)
{
    (void)m_catalogue.load(u":/i18n/stsdesk_%1.qm"_s.arg(language));
}

QString RunbookTranslator::translate(const char *context, const char *sourceText,
                                     const char *disambiguation, int n) const
{
    QString text = m_catalogue.translate(context, sourceText, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    return text;
}

ScopedRunbookLanguage::ScopedRunbookLanguage(const QString &language)
    : m_translator(std::make_unique<RunbookTranslator>(language))
{
    runOnGuiThread([this] { QCoreApplication::installTranslator(m_translator.get()); });
}

ScopedRunbookLanguage::~ScopedRunbookLanguage()
{
    runOnGuiThread([this] { QCoreApplication::removeTranslator(m_translator.get()); });
}

} // namespace sts::ui::runbook
