#pragma once

#include "runbook/RunbookData.h"
#include "runbook/RunbookDocument.h"
#include "runbook/RunbookLanguage.h"
#include "runbook/RunbookOptions.h"
#include "runbook/RunbookSections.h"
#include "util/CancelToken.h"

#include <functional>
#include <optional>

namespace sts::runbook {

// Assembles the runbook document of loaded data: cover, running header, the sections in order,
// and what is left out and why. Pure: no database, no painting, no application translator (every
// text comes from `language`), so it runs on any thread and without a display.
class RunbookBuilder
{
public:
    RunbookBuilder(const RunbookData &data, const RunbookOptions &options,
                   const RunbookLanguage &language);
    RunbookBuilder(const RunbookBuilder &) = delete;
    RunbookBuilder &operator=(const RunbookBuilder &) = delete;

    int sectionCount() const { return int(m_builders.size()); }
    // `step()` after each section; stops early when `cancel` is cancelled (the document is then
    // incomplete: the caller checks `cancel` again).
    RunbookDocument build(const std::function<void()> &step = {},
                          const CancelToken &cancel = {}) const;

private:
    QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) const;

    SectionInput m_input;
    OverviewSections m_overview;
    PublishingSections m_publishing;
    OperationsSections m_operations;
    QList<std::function<std::optional<RunbookSection>(QString *omitted)>> m_builders;
};

} // namespace sts::runbook
