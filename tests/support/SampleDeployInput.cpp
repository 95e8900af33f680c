#include "SampleDeployInput.h"

using namespace Qt::StringLiterals;

namespace sts::test {

deploy::DeployInput sampleDeployInput(const QString &domain, const QString &mxHost)
{
    const mtasts::PolicyGenerator generator(
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC)));
    deploy::DeployInput in;
    in.domain = domain;
    in.current = generator.testing(generator.suggestPatterns({mxHost}).patterns);
    in.enforce = generator.enforce(in.current.policy);
    in.remove = generator.remove(in.current.policy);
    in.records.domain = domain;
    in.records.policyId = in.current.id;
    deploy::RenewalSettings &r = in.renewal;
    r.domain = domain;
    r.mxHosts = {mxHost};
    r.alerts = deploy::AlertAddresses{u"ops@"_s + domain, {}, {}}.resolved({});
    r.webroot = u"/var/www/mta-sts"_s;
    r.certbotConfigDir = u"/etc/letsencrypt"_s;
    r.scriptDir = u"/usr/local/lib/stsdesk"_s;
    return in;
}

} // namespace sts::test
