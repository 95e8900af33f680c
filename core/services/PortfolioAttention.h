#pragma once

#include "services/Portfolio.h"

namespace sts {

// What makes an engagement need the consultant's attention, defined once for the portfolio view,
// `stsdesk-cli portfolio --attention` and anything that summarises the portfolio:
// - an open finding of severity warning or critical (acknowledged ones have been seen);
// - in testing past day 30 and still not ready for enforce;
// - a failure-rate jump: the last 7 days fail at least kJumpFactor times the 28 days before, and
//   at least kJumpFloor of all sessions (a jump from 0.01 % to 0.03 % is noise);
// - a major sender (not excluded) without a report for more than kSilentDays days while reports
//   are expected (testing, enforce, monitoring);
// - a certificate (MX or policy host) that expires within kCertificateDays days.
class PortfolioAttention
{
public:
    static constexpr int kBlockedAfterDays = 30;
    static constexpr double kJumpFactor = 3.0;
    static constexpr double kJumpFloor = 0.01;
    static constexpr int kSilentDays = 3;
    static constexpr int kCertificateDays = 30;

    static QList<AttentionReason> reasons(const PortfolioRow &row, const QDateTime &now,
                                          TextLanguage language = TextLanguage::Translated);

    // "1 critical, 2 warning, 1 info" (the severities with open findings); empty when none.
    static QString findingCounts(const PortfolioRow &row,
                                 TextLanguage language = TextLanguage::Translated);

    // A drift flag (a finding kind) as a short label and as the sentence its tooltip explains.
    static QString flagLabel(const QString &kind, TextLanguage language = TextLanguage::Translated);
    static QString flagExplanation(const QString &kind,
                                   TextLanguage language = TextLanguage::Translated);
};

} // namespace sts
