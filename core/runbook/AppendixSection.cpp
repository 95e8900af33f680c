// The appendix: every generated script and configuration file in full, after the procedures, so
// the body stays readable; long lines are wrapped with a visible mark (html::code).
#include "runbook/RunbookHtml.h"
#include "runbook/RunbookSections.h"

using namespace Qt::StringLiterals;

namespace sts::runbook {

QList<const QuotedArtifact *> appendixArtifacts(const RunbookData &data)
{
    // Folder order of the appendix; within a folder, the order the artifacts were made in.
    // The Pages folders are quoted for their configuration only: the policy is in the body.
    static const QStringList order{u"nginx/"_s,
                                   u"apache/"_s,
                                   u"cloudflare-worker/"_s,
                                   u"cloudflare-pages/_headers"_s,
                                   u"github-pages/CNAME"_s,
                                   u"github-pages/_config.yml"_s,
                                   u"certbot/"_s,
                                   u"hooks/"_s,
                                   u"tlsa/"_s,
                                   u"mta/"_s,
                                   u"systemd/"_s,
                                   u"alert/"_s,
                                   u"dns/nsupdate"_s};
    QList<const QuotedArtifact *> out;
    for (const QString &prefix : order)
        for (const QuotedArtifact &a : data.artifacts)
            if (a.path.startsWith(prefix))
                out.append(&a);
    return out;
}

QString appendixLabel(int index)
{
    return u"A.%1"_s.arg(index + 1);
}

std::optional<RunbookSection> OperationsSections::appendix(QString *omitted) const
{
    const QList<const QuotedArtifact *> quoted = appendixArtifacts(m_in.data);
    if (quoted.isEmpty()) {
        *omitted = tr("Appendix: no scripts or configuration files were generated.");
        return std::nullopt;
    }
    RunbookSection s{u"appendix"_s, tr("Appendix: scripts and configuration files"), {}, {}};
    s.html = html::para(tr("The files of the handover bundle that the procedures refer to, in "
                           "full. Install the files from the bundle, not copies from this "
                           "document: a line too long for the page continues on the next line "
                           "after “%1”.")
                            .arg(QChar(html::continuationMark)));
    for (qsizetype i = 0; i < quoted.size(); ++i) {
        const QuotedArtifact &a = *quoted.at(i);
        s.html += html::heading(u"%1 %2"_s.arg(appendixLabel(int(i)), a.path));
        if (!a.description.isEmpty())
            s.html += html::para(a.description);
        s.html += html::code(a.content);
    }
    return s;
}

} // namespace sts::runbook
