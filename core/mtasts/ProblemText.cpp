#include "mtasts/ProblemText.h"

#include <QCoreApplication>
#include <array>

using namespace Qt::StringLiterals;

namespace sts::mtasts {

namespace {

// Sources under the context "sts::mtasts".
const std::array kPhrases{
    CodedPhrase{"sts-txt.empty-field",
                QT_TRANSLATE_NOOP("sts::mtasts",
                                  "The record has an empty field (“;;”); senders reject it.")},
    CodedPhrase{"sts-txt.syntax",
                QT_TRANSLATE_NOOP("sts::mtasts", "“%1” is not a “name=value” field.")},
    CodedPhrase{"sts-txt.duplicate-id",
                QT_TRANSLATE_NOOP("sts::mtasts", "The record has more than one “id” field.")},
    CodedPhrase{"sts-txt.id-invalid",
                QT_TRANSLATE_NOOP(
                    "sts::mtasts",
                    "The id “%1” is invalid: it must be 1 to 32 letters or digits, without “-”, "
                    "“_”, “.” or “:”.")},
    CodedPhrase{
        "sts-txt.extension-invalid",
        QT_TRANSLATE_NOOP("sts::mtasts", "The field “%1=%2” is not a valid extension field.")},
    CodedPhrase{"sts-txt.id-missing",
                QT_TRANSLATE_NOOP("sts::mtasts", "The record has no “id” field; it is required.")},
    CodedPhrase{
        "sts-txt.near-miss",
        QT_TRANSLATE_NOOP("sts::mtasts",
                          "The record “%1” is ignored: an MTA-STS record must start with exactly "
                          "“v=STSv1;” (case-sensitive, no space before the semicolon).")},
    CodedPhrase{
        "sts-txt.missing",
        QT_TRANSLATE_NOOP("sts::mtasts",
                          "No TXT record starts with “v=STSv1;”: senders see no MTA-STS policy.")},
    CodedPhrase{
        "sts-txt.multiple",
        QT_TRANSLATE_NOOP(
            "sts::mtasts",
            "There are %1 records starting with “v=STSv1;”; with more than one, senders see "
            "no MTA-STS policy. Keep exactly one.")},
    CodedPhrase{"tlsrpt-txt.empty-field",
                QT_TRANSLATE_NOOP("sts::mtasts",
                                  "The record has an empty field (“;;”); senders reject it.")},
    CodedPhrase{"tlsrpt-txt.syntax",
                QT_TRANSLATE_NOOP("sts::mtasts", "“%1” is not a valid “name=value” field.")},
    CodedPhrase{
        "tlsrpt-txt.duplicate-rua",
        QT_TRANSLATE_NOOP(
            "sts::mtasts",
            "The record has more than one “rua” field; list all endpoints in one, separated "
            "by commas.")},
    CodedPhrase{"tlsrpt-txt.rua-missing",
                QT_TRANSLATE_NOOP("sts::mtasts", "The record has no “rua” field; it is required.")},
    CodedPhrase{
        "tlsrpt-txt.rua-several",
        QT_TRANSLATE_NOOP(
            "sts::mtasts",
            "The record lists %1 report endpoints; one is recommended (every sender delivers "
            "every report to each of them).")},
    CodedPhrase{
        "tlsrpt-txt.rua-not-uri",
        QT_TRANSLATE_NOOP(
            "sts::mtasts",
            "“%1” in rua is not a URI. If it belongs to the previous URI, write its comma as "
            "“%2C”.")},
    CodedPhrase{"tlsrpt-txt.rua-scheme",
                QT_TRANSLATE_NOOP(
                    "sts::mtasts",
                    "“%1” uses the scheme “%2”; TLS-RPT reports go only to “mailto:” or “https:” "
                    "URIs.")},
    CodedPhrase{"tlsrpt-txt.rua-unencoded",
                QT_TRANSLATE_NOOP("sts::mtasts",
                                  "“%1” contains “!”; inside a rua URI it must be written “%21”.")},
    CodedPhrase{"tlsrpt-txt.rua-not-ascii",
                QT_TRANSLATE_NOOP("sts::mtasts",
                                  "“%1” contains characters outside ASCII; in a rua URI a host "
                                  "must be written as an A-label (xn--…) and anything else "
                                  "percent-encoded.")},
    CodedPhrase{"tlsrpt-txt.rua-invalid",
                QT_TRANSLATE_NOOP("sts::mtasts", "“%1” is not a valid %2 URI.")},
    CodedPhrase{
        "tlsrpt-txt.near-miss",
        QT_TRANSLATE_NOOP("sts::mtasts",
                          "The record “%1” is ignored: a TLS-RPT record must start with exactly "
                          "“v=TLSRPTv1” (case-sensitive).")},
    CodedPhrase{
        "tlsrpt-txt.missing",
        QT_TRANSLATE_NOOP("sts::mtasts",
                          "No TXT record starts with “v=TLSRPTv1”: senders send no TLS reports.")},
    CodedPhrase{"tlsrpt-txt.multiple",
                QT_TRANSLATE_NOOP(
                    "sts::mtasts",
                    "There are %1 records starting with “v=TLSRPTv1”; with more than one, senders "
                    "send no reports. Keep exactly one.")},
};

} // namespace

QString problemText(const QString &code, const QStringList &args, TextLanguage language)
{
    const CodedPhrase *phrase = phraseFor(kPhrases, code);
    return phrase ? fillArguments(messageText("sts::mtasts", phrase->source, language), args)
                  : QString();
}

bool isProblemCode(const QString &code)
{
    return phraseFor(kPhrases, code) != nullptr;
}

} // namespace sts::mtasts
