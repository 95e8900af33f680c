#include "wizard/PublishContext.h"

#include "mainwindow/Workspace.h"
#include "services/PublishPlanner.h"

namespace sts::ui {

PublishContext PublishContext::load(Workspace *workspace, qint64 engagementId)
{
    PublishContext out;
    if (engagementId <= 0)
        return out;
    Result<services::PublishFacts> facts =
        services::PublishPlanner(workspace->databasePtr()).facts(engagementId);
    if (!facts) {
        out.error = facts.error().message;
        return out;
    }
    out.engagement = facts->engagement;
    out.snapshot = facts->discovery;
    out.versions = facts->policies;
    out.m_facts = *facts;
    return out;
}

QString PublishContext::domain() const
{
    return engagement ? engagement->domain.ace : QString();
}

const storage::StoredPolicyVersion *PublishContext::policyForRecords() const
{
    return services::policyForRecords(versions);
}

services::PublishPlan PublishContext::plan(const services::PublishChoices &choices) const
{
    if (!m_facts)
        return {};
    return services::planPublication(*m_facts, choices);
}

} // namespace sts::ui
