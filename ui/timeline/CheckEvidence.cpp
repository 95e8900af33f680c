#include "timeline/CheckEvidence.h"

#include "common/PlainToolTip.h"
#include "util/PrintableText.h"
#include "wizard/ResultTable.h"

#include <QCoreApplication>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace sts::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sts::ui", text);
}

void addRow(QTableWidget *table, const QString &what, bool ok, const QString &detail,
            const QString &result = {})
{
    const int row = table->rowCount();
    table->insertRow(row);
    // What DNS and the policy host sent: control characters escaped, never markup.
    const QStringList texts{what,
                            !result.isEmpty() ? result
                            : ok              ? tr("✓ ok")
                                              : tr("✗ failed"),
                            printableLines(detail)};
    for (int column = 0; column < texts.size(); ++column) {
        auto *item = new QTableWidgetItem(texts[column]);
        item->setToolTip(plainToolTip(texts[column]));
        if (column == CheckResultColumn)
            item->setForeground(ok ? QColor(0x1e, 0x7b, 0x34) : QColor(0xb3, 0x26, 0x1e));
        table->setItem(row, column, item);
    }
}

bool hasProblem(const services::PublicationCheck &check, QStringView prefix)
{
    for (const mtasts::Problem &problem : check.problems)
        if (problem.severity == mtasts::Problem::Severity::Error && problem.code.startsWith(prefix))
            return true;
    return false;
}

} // namespace

QTableWidget *newCheckTable(const QString &objectName, QWidget *parent)
{
    return newResultTable(objectName, {tr("Check"), tr("Result"), tr("Detail")}, CheckDetailColumn,
                          parent);
}

void showCheck(QTableWidget *table, const services::PublicationCheck &check)
{
    table->setRowCount(0);
    QString txt = check.stsTxt.isEmpty() ? tr("no record") : check.stsTxt.join(u" | "_s);
    if (check.stsTxtSecure)
        txt += u" "_s + tr("(DNSSEC secure)");
    addRow(table, tr("_mta-sts TXT announces id %1").arg(check.policyId),
           check.stsId == check.policyId, txt);
    addRow(table, tr("_smtp._tls TXT (TLS-RPT)"), !hasProblem(check, u"live.tlsrpt"),
           check.tlsRptRua.isEmpty() ? tr("no reporting address") : check.tlsRptRua.join(u", "_s));
    for (const services::TlsaEvidence &tlsa : check.tlsa)
        addRow(table, tr("TLSA for %1").arg(tlsa.host), tlsa.ok,
               (tlsa.secure ? tr("secure") : tr("not secure")) + u"; "_s +
                   tr("published: %1").arg(tlsa.publishedSpki.join(u", "_s)));
    QString served = check.url;
    if (check.httpStatus > 0)
        served += u" → HTTP %1"_s.arg(check.httpStatus);
    if (!check.fetchError.isEmpty())
        served += u"; "_s + check.fetchError + u" ("_s + check.fetchReason + u')';
    else if (!check.servedEqual)
        served += u"; "_s + tr("the served file differs from this version");
    addRow(table, tr("Policy served over HTTPS"), check.servedEqual, served);
    for (const mtasts::Problem &problem : check.problems) {
        const bool error = problem.severity == mtasts::Problem::Severity::Error;
        addRow(table, error ? tr("Problem") : tr("Warning"), !error, problem.message,
               error ? QString() : tr("⚠ warning"));
    }
}

} // namespace sts::ui
