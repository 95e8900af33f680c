#include "mtasts/PublishedStateCheck.h"

#include "mtasts/StsTxtRecord.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::mtasts {

static QString tr(const char *text)
{
    // The context lupdate files these strings under (the scope of their callers).
    return QCoreApplication::translate("sts::mtasts", text);
}

static Problem error(const QString &code, const QString &message)
{
    return Problem{Problem::Severity::Error, code, message};
}

PublishedState checkPublishedState(const PublishedStateInput &input)
{
    PublishedState state;
    const StsTxtLookup txt = parseStsTxtRecords(input.txtRecords);
    state.problems += txt.problems;
    if (txt.record && txt.record->id != input.expectedId)
        state.problems.append(
            error(u"live.id-mismatch"_s, tr("The TXT record announces id “%1”, but the published "
                                            "version is “%2”.")
                                             .arg(txt.record->id, input.expectedId)));

    if (!input.fetched.ok()) {
        state.problems.append(
            error(u"live.fetch-failed"_s,
                  tr("The policy could not be fetched (%1): %2")
                      .arg(input.fetched.error->code, input.fetched.error->message)));
    } else if (input.fetched.body != input.expectedPolicyFile) {
        QByteArray servedLf = input.fetched.body;
        QByteArray oursLf = input.expectedPolicyFile;
        servedLf.replace("\r\n", "\n");
        oursLf.replace("\r\n", "\n");
        state.problems.append(error(u"live.policy-differs"_s,
                                    servedLf == oursLf
                                        ? tr("The served policy differs from ours only in its "
                                             "line ends; upload the file unchanged.")
                                        : tr("The served policy is not the file we generated.")));
    }

    if (input.fetched.parse.policy) {
        for (const QString &host : input.mxHosts) {
            if (!input.fetched.parse.policy->matchesMx(host))
                state.problems.append(error(u"live.mx-unmatched"_s,
                                            tr("The MX host “%1” matches no mx pattern of the "
                                               "served policy; senders would not deliver to it "
                                               "in enforce mode.")
                                                .arg(host)));
        }
    }
    state.ok = !hasErrors(state.problems);
    return state;
}

} // namespace sts::mtasts
