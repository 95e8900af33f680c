#include "runbook/RunbookBuilder.h"

namespace sts::runbook {

RunbookBuilder::RunbookBuilder(const RunbookData &data, const RunbookOptions &options,
                               const RunbookLanguage &language)
    : m_input{data, options, language}, m_overview(m_input), m_publishing(m_input),
      m_operations(m_input)
{
    // Document order.
    m_builders = {std::bind_front(&OverviewSections::keyWarning, &m_overview),
                  std::bind_front(&OverviewSections::summary, &m_overview),
                  std::bind_front(&OverviewSections::protections, &m_overview),
                  std::bind_front(&OverviewSections::mxInventory, &m_overview),
                  std::bind_front(&OverviewSections::certificates, &m_overview),
                  std::bind_front(&PublishingSections::policies, &m_publishing),
                  std::bind_front(&PublishingSections::records, &m_publishing),
                  std::bind_front(&PublishingSections::hosting, &m_publishing),
                  std::bind_front(&PublishingSections::renewal, &m_publishing),
                  std::bind_front(&PublishingSections::dane, &m_publishing),
                  std::bind_front(&OperationsSections::tlsReports, &m_operations),
                  std::bind_front(&OperationsSections::timeline, &m_operations),
                  std::bind_front(&OperationsSections::incidents, &m_operations),
                  std::bind_front(&OperationsSections::monitoring, &m_operations),
                  std::bind_front(&OperationsSections::rollback, &m_operations),
                  std::bind_front(&OperationsSections::bsiChecklist, &m_operations),
                  std::bind_front(&OperationsSections::appendix, &m_operations)};
}

QString RunbookBuilder::tr(const char *text, const char *disambiguation, int n) const
{
    return m_input.language.translate("sts::runbook::RunbookBuilder", text, disambiguation, n);
}

RunbookDocument RunbookBuilder::build(const std::function<void()> &step,
                                      const CancelToken &cancel) const
{
    RunbookDocument document;
    const Engagement &e = m_input.data.engagement;
    document.coverHtml = m_overview.coverHtml();
    document.headerText = tr("Runbook %1 – %2").arg(e.customer, e.domain.display);
    document.tocTitle = tr("Contents");
    document.pageTemplate = tr("Page %1 of %2");
    document.omittedTitle = tr("Not covered in this runbook:");
    for (const auto &builder : m_builders) {
        if (cancel.isCancelled())
            return document;
        QString omitted;
        if (std::optional<RunbookSection> section = builder(&omitted))
            document.sections.append(*section);
        else if (!omitted.isEmpty())
            document.omitted.append(omitted);
        if (step)
            step();
    }
    return document;
}

} // namespace sts::runbook
