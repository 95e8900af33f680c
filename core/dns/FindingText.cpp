#include "dns/FindingText.h"

#include "mtasts/ProblemText.h"

#include <QCoreApplication>
#include <array>

using namespace Qt::StringLiterals;

namespace sts::dns {

namespace {

// Sources under the context "sts::dns". Arguments: the host or domain first, then what the
// sentence names.
const std::array kPhrases{
    CodedPhrase{"mx.ip-literal",
                QT_TRANSLATE_NOOP("sts::dns",
                                  "MX target “%1” is an IP address; MX records must name "
                                  "a host (RFC 5321 §5.1).")},
    // %2: a provider code, see providerDisplayName().
    CodedPhrase{"mx.provider", QT_TRANSLATE_NOOP("sts::dns", "“%1” is run by %2.")},
    CodedPhrase{"mx.cname-target",
                QT_TRANSLATE_NOOP("sts::dns",
                                  "MX target “%1” is a CNAME (to “%2”); MX records must "
                                  "name the host itself (RFC 2181 §10.3).")},
    // %2: the resolver's error, stored in the language of the run.
    CodedPhrase{"mx.address-lookup-failed",
                QT_TRANSLATE_NOOP("sts::dns", "The addresses of “%1” could not be looked up: %2")},
    CodedPhrase{"mx.host-without-address",
                QT_TRANSLATE_NOOP("sts::dns",
                                  "MX host “%1” has no A or AAAA record; mail cannot be "
                                  "delivered to it.")},
    // %2, %3: bogus reason name and zone, see bogusVerdict().
    CodedPhrase{"dane.broken",
                QT_TRANSLATE_NOOP("sts::dns",
                                  "DNSSEC for “%1” is bogus (%2): DANE senders will defer "
                                  "mail to it.")},
    CodedPhrase{"dane.secure-host-insecure-mx",
                QT_TRANSLATE_NOOP(
                    "sts::dns", "The MX RRset is not signed, but “%1” lives in a signed zone: DANE "
                                "still applies to it (RFC 7672 §2.2.1).")},
    // %2: the resolver's error (it names the resolver). A failed lookup is no verdict on the
    // zone: the sentence says so, and what to try.
    CodedPhrase{"mx.lookup-failed",
                QT_TRANSLATE_NOOP("sts::dns",
                                  "The MX records of “%1” could not be looked up: %2 This is a "
                                  "lookup problem, not a finding about the zone: scan again, or "
                                  "use another DNS resolver.")},
    CodedPhrase{"domain.nxdomain", QT_TRANSLATE_NOOP("sts::dns", "“%1” does not exist in DNS.")},
    CodedPhrase{"dnssec.mx-bogus",
                QT_TRANSLATE_NOOP("sts::dns", "The MX RRset of “%1” fails DNSSEC validation: %2")},
    CodedPhrase{"mx.null",
                QT_TRANSLATE_NOOP("sts::dns", "“%1” publishes a null MX (RFC 7505): it accepts no "
                                              "mail.")},
    CodedPhrase{"mx.implicit",
                QT_TRANSLATE_NOOP("sts::dns", "“%1” has no MX records; senders use its own A/AAAA "
                                              "records instead.")},
    CodedPhrase{"mx.duplicate-host",
                QT_TRANSLATE_NOOP("sts::dns", "MX host “%1” is listed %2 times.")},
    CodedPhrase{"tlsrpt.old-name",
                QT_TRANSLATE_NOOP("sts::dns",
                                  "A TXT record exists at the draft name "
                                  "“_smtp-tlsrpt.%1”; senders only read “_smtp._tls.%1” "
                                  "(RFC 8460 §3).")},
    CodedPhrase{"tlsa.empty-input-digest",
                QT_TRANSLATE_NOOP("sts::dns",
                                  "TLSA record “%1” carries the SHA-256 of empty input, "
                                  "not of a key.")},
    CodedPhrase{
        "tlsa.digest-length",
        QT_TRANSLATE_NOOP("sts::dns",
                          "TLSA record “%1” has a %2-byte digest; matching type %3 needs %4.")},
    CodedPhrase{"tlsa.pkix-usage",
                QT_TRANSLATE_NOOP("sts::dns",
                                  "TLSA record “%1” uses usage %2 (PKIX), which senders "
                                  "ignore on port 25 (RFC 7672 §3.1.3); publish “3 1 1”.")},
};

// The verdict a bogus finding names, kept as its reason name and zone.
QString bogusVerdict(const QStringList &args, TextLanguage language)
{
    return DnssecVerdict::bogus(DnssecVerdict::reasonFromName(args.value(1)), args.value(2), {})
        .describe(language);
}

} // namespace

QString findingText(const Finding &finding, TextLanguage language)
{
    if (!finding.storedText.isEmpty())
        return finding.storedText;
    if (mtasts::isProblemCode(finding.code))
        return mtasts::problemText(finding.code, finding.args, language);
    const CodedPhrase *phrase = phraseFor(kPhrases, finding.code);
    if (!phrase)
        return finding.code;
    QStringList args = finding.args;
    if (finding.code == u"mx.provider"_s && args.size() > 1)
        args[1] = providerDisplayName(args[1], language);
    else if (finding.code == u"dane.broken"_s || finding.code == u"dnssec.mx-bogus"_s)
        args = {args.value(0), bogusVerdict(args, language)};
    return fillArguments(messageText("sts::dns", phrase->source, language), args);
}

bool isFindingCode(const QString &code)
{
    return phraseFor(kPhrases, code) != nullptr || mtasts::isProblemCode(code);
}

QString Finding::text(TextLanguage language) const
{
    return findingText(*this, language);
}

} // namespace sts::dns
