#pragma once

#include "storage/Finding.h"

namespace sts {

class MailLanguage;

// One line for a finding in a mail, in the mail's language: what was found and about what
// ("Certificate of mx1.example.com expires in 14 days (2027-01-01)"). Unknown kinds say their
// kind and subject, so a newer monitor's finding still reaches the consultant.
QString findingMailText(const storage::Finding &finding, const MailLanguage &language);

} // namespace sts
