#pragma once

#include "deploy/DeployInput.h"

namespace sts::test {

// The DeployInput of `domain` with one own MX host, made without a workspace: a testing policy
// for `mxHost` (ids from 2026-12-01 08:00 UTC) with its enforce and remove versions, records
// without a TLS-RPT address, and renewal settings at the default paths (/var/www/mta-sts,
// /etc/letsencrypt, /usr/local/lib/stsdesk), alerts to ops@<domain>. Tests change what they need.
deploy::DeployInput sampleDeployInput(const QString &domain, const QString &mxHost);

} // namespace sts::test
