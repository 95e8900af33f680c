#pragma once

#include <QJsonObject>
#include <QString>

namespace sts::ui {

// The pre-flight's "TLS (BSI)" cell of one stored probe: the protocol negotiated, the BSI
// TR-02102-2 rating of its cipher suite, and whether the server still accepts TLS 1.0 or 1.1
// (the evidence the runbook's BSI checklist quotes).
struct ProtocolSummary
{
    enum class State { Ok, Warning, Failure, NotApplicable }; // the order of PreflightPage's marks

    QString text;
    State state = State::NotApplicable;
    QString tip; // every detail: suite (IANA name), why the rating, each old protocol's outcome
};

// From the probe's JSON (AddressProbe::toJson, as stored): a failure when the suite is not
// recommended or an old protocol was accepted, a warning when the suite is only acceptable or an
// old protocol could not be checked.
ProtocolSummary summarizeProtocols(const QJsonObject &probe);

} // namespace sts::ui
