#include "mtasts/PolicyParser.h"

#include "mtasts/TxtFields.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sts::mtasts {

static QString tr(const char *text)
{
    // The context lupdate files these strings under (the scope of their callers).
    return QCoreApplication::translate("sts::mtasts::Parser", text);
}

namespace {

class Parser
{
public:
    PolicyParse run(const QByteArray &body);

private:
    void error(int line, const QString &code, const QString &message)
    {
        m_out.problems.append(Problem{Problem::Severity::Error, code, message, line});
    }
    void warning(int line, const QString &code, const QString &message)
    {
        m_out.problems.append(Problem{Problem::Severity::Warning, code, message, line});
    }
    void field(int line, const QByteArray &name, const QByteArray &value);
    void maxAge(int line, const QByteArray &value);

    PolicyParse m_out;
    Policy m_policy;
    QSet<QByteArray> m_seen;
    int m_firstLine[3] = {0, 0, 0}; // version, mode, max_age
    int m_mxLines = 0;              // invalid ones too: their own error says enough
};

bool isKnownKey(const QByteArray &name)
{
    return name == "version" || name == "mode" || name == "max_age" || name == "mx";
}

// ext-value: any character but controls; no leading or trailing blanks (trimmed already).
bool isValueText(const QByteArray &value)
{
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            return false;
    }
    return true;
}

} // namespace

void Parser::maxAge(int line, const QByteArray &value)
{
    bool digits = !value.isEmpty() && value.size() <= 10;
    for (const char c : value)
        digits = digits && c >= '0' && c <= '9';
    if (!digits) {
        error(line, u"policy.max-age-syntax"_s,
              tr("max_age “%1” must be 1 to 10 digits (no sign, separator or fraction).")
                  .arg(QString::fromUtf8(value)));
        return;
    }
    const qint64 seconds = value.toLongLong();
    if (seconds > kMaxPolicyMaxAge) {
        error(line, u"policy.max-age-range"_s,
              tr("max_age %1 is above the maximum of 31557600 seconds (one year).").arg(seconds));
        return;
    }
    if (seconds == 0)
        warning(line, u"policy.max-age-zero"_s,
                tr("max_age 0 lets senders drop the policy at once; it protects nothing."));
    m_policy.maxAge = seconds;
}

void Parser::field(int line, const QByteArray &name, const QByteArray &value)
{
    const QString valueText = QString::fromUtf8(value);
    if (name == "mx") {
        ++m_mxLines;
        const Result<MxPattern> pattern = MxPattern::parse(valueText);
        if (!pattern)
            error(line, pattern.error().code, pattern.error().message);
        else
            m_policy.mx.append(*pattern);
        if (pattern && valueText.endsWith(u'.'))
            warning(line, u"policy.mx-trailing-dot"_s,
                    tr("“%1”: leave out the trailing dot.").arg(valueText));
        return;
    }
    if (!isKnownKey(name)) {
        const QByteArray lower = name.toLower();
        if (isKnownKey(lower))
            warning(line, u"policy.key-case"_s,
                    tr("“%1” is ignored: keys are case-sensitive, write “%2”.")
                        .arg(QString::fromUtf8(name), QString::fromUtf8(lower)));
        else
            warning(line, u"policy.unknown-key"_s,
                    tr("The unknown key “%1” is ignored.").arg(QString::fromUtf8(name)));
        return;
    }
    const int slot = name == "version" ? 0 : name == "mode" ? 1 : 2;
    if (m_firstLine[slot] != 0) {
        warning(line, u"policy.duplicate-key"_s,
                tr("“%1” appears again; senders use the first one (line %2).")
                    .arg(QString::fromUtf8(name))
                    .arg(m_firstLine[slot]));
        return;
    }
    m_firstLine[slot] = line;
    if (slot == 0) {
        if (value != "STSv1")
            error(line, u"policy.version"_s,
                  tr("version “%1” is not supported; it must be “STSv1”.").arg(valueText));
    } else if (slot == 1) {
        const auto mode = policyModeFromName(valueText);
        if (mode)
            m_policy.mode = *mode;
        else
            error(line, u"policy.mode"_s,
                  tr("mode “%1” is invalid; it must be “enforce”, “testing” or “none” "
                     "(lower case).")
                      .arg(valueText));
    } else {
        maxAge(line, value);
    }
}

PolicyParse Parser::run(const QByteArray &body)
{
    QList<QByteArray> lines = body.split('\n');
    if (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast(); // the final terminator is optional
    int lineNo = 0;
    int blankLine = 0;
    for (QByteArray line : lines) {
        ++lineNo;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.contains('\r')) {
            error(lineNo, u"policy.line-ending"_s,
                  tr("A bare carriage return splits this line; use LF or CRLF line ends."));
            continue;
        }
        if (line.isEmpty()) {
            blankLine = blankLine == 0 ? lineNo : blankLine;
            continue;
        }
        if (blankLine != 0) {
            warning(blankLine, u"policy.blank-line"_s,
                    tr("Blank lines are not allowed between fields; strict senders reject "
                       "the policy."));
            blankLine = 0;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon < 0 ? line : line.left(colon);
        if (colon < 0 || !detail::isExtensionName(name)) {
            error(lineNo, u"policy.syntax"_s,
                  tr("“%1” is not a “key: value” line (no blanks before the colon).")
                      .arg(QString::fromUtf8(line)));
            continue;
        }
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (value.isEmpty() || !isValueText(value)) {
            error(lineNo, u"policy.syntax"_s,
                  tr("“%1” has an empty or invalid value.").arg(QString::fromUtf8(name)));
            continue;
        }
        field(lineNo, name, value);
    }
    if (m_firstLine[0] == 0)
        error(0, u"policy.version-missing"_s, tr("The policy has no “version: STSv1” line."));
    if (m_firstLine[1] == 0)
        error(0, u"policy.mode-missing"_s, tr("The policy has no “mode” line."));
    if (m_firstLine[2] == 0)
        error(0, u"policy.max-age-missing"_s, tr("The policy has no “max_age” line."));
    if (m_mxLines == 0 && m_firstLine[1] != 0 && m_policy.mode != PolicyMode::None)
        error(0, u"policy.mx-missing"_s,
              tr("The policy has no “mx” line; one is required unless the mode is “none”."));
    if (!hasErrors(m_out.problems))
        m_out.policy = m_policy;
    return m_out;
}

PolicyParse parsePolicy(const QByteArray &body)
{
    return Parser().run(body);
}

} // namespace sts::mtasts
