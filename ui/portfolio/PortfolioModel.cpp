#include "portfolio/PortfolioModel.h"

#include "services/FindingText.h"
#include "services/PortfolioAttention.h"

#include <QColor>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace sts::ui {

namespace {

// Severity colours, readable on light and dark palettes alike.
const QColor kCritical(0xc6, 0x28, 0x28);
const QColor kWarning(0xb2, 0x6a, 0x00);
const QColor kFine(0x2e, 0x7d, 0x32);

QIcon dot(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

QString percent(const std::optional<double> &rate)
{
    return rate ? QLocale().toString(*rate * 100, 'f', 1) + u" %"_s : u"–"_s;
}

bool isTesting(const PortfolioRow &row)
{
    return row.phase == RolloutPhase::Testing;
}

} // namespace

PortfolioModel::PortfolioModel(QObject *parent) : QAbstractTableModel(parent) {}

void PortfolioModel::setSnapshot(PortfolioSnapshot snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

int PortfolioModel::rowOf(qint64 engagementId) const
{
    for (int i = 0; i < m_snapshot.rows.size(); ++i)
        if (m_snapshot.rows[i].engagementId == engagementId)
            return i;
    return -1;
}

QString PortfolioModel::sortKey(int column)
{
    static const QStringList keys{u"customer"_s,    u"domain"_s,    u"phase"_s,   u"testing-day"_s,
                                  u"streak"_s,      u"readiness"_s, u"reports"_s, u"failure-rate"_s,
                                  u"certificate"_s, u"drift"_s,     u"findings"_s};
    return keys.value(column, u"customer"_s);
}

int PortfolioModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_snapshot.rows.size());
}

int PortfolioModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Customer:
            return tr("Customer");
        case Domain:
            return tr("Domain");
        case Phase:
            return tr("Phase");
        case TestingDay:
            return tr("Day");
        case Streak:
            return tr("Clean streak");
        case Readiness:
            return tr("Readiness");
        case Reports:
            return tr("Last reports");
        case FailureRate:
            return tr("Failure rate 7 d");
        case Certificate:
            return tr("Certificate");
        case Drift:
            return tr("Drift");
        case Findings:
            return tr("Findings");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TestingDay:
            return tr("Day N of testing (the testing policy's first day is day 0).");
        case Streak:
            return tr("Consecutive clean days ending yesterday (testing only).");
        case Reports:
            return tr("The major sender that reported longest ago, and when.");
        case FailureRate:
            return tr("Failed sessions of the last 7 days, against the 28 days before.");
        case Certificate:
            return tr("The nearest certificate expiry of the MX hosts (STARTTLS) and the policy "
                      "host (HTTPS).");
        case Drift:
            return tr("Differences the monitoring found between what is published and what is "
                      "served.");
        default:
            return {};
        }
    }
    return {};
}

QString PortfolioModel::text(const PortfolioRow &row, int column) const
{
    const QDate today = m_snapshot.now.toUTC().date();
    switch (column) {
    case Customer:
        return row.customer;
    case Domain:
        return row.domain;
    case Phase:
        return displayName(row.phase);
    case TestingDay:
        return isTesting(row) ? tr("day %1").arg(row.testingDay) : u"–"_s;
    case Streak:
        return isTesting(row) ? tr("%n day(s)", nullptr, row.cleanStreak) : u"–"_s;
    case Readiness:
        if (!isTesting(row))
            return u"–"_s;
        return row.ready ? tr("Ready for enforce") : tr("Blocked: %1").arg(row.blockedReason);
    case Reports: {
        const PortfolioSender *stalest = row.silentLongest();
        if (!stalest)
            return u"–"_s;
        if (!stalest->lastReport.isValid())
            return tr("%1: never").arg(stalest->name);
        const qint64 ago = stalest->lastReport.daysTo(today);
        return ago <= 1 ? tr("all up to date")
                        : tr("%1: %n day(s) ago", nullptr, int(ago)).arg(stalest->name);
    }
    case FailureRate:
        return row.recentFailureRate()
                   ? tr("%1 (was %2)")
                         .arg(percent(row.recentFailureRate()), percent(row.baselineFailureRate()))
                   : u"–"_s;
    case Certificate:
        if (!row.certificateNotAfter.isValid())
            return u"–"_s;
        return row.certificateDaysLeft < 0 ? tr("expired")
                                           : tr("%n day(s)", nullptr, row.certificateDaysLeft);
    case Drift: {
        QStringList labels;
        for (const QString &kind : row.driftFlags)
            labels << PortfolioAttention::flagLabel(kind);
        return labels.isEmpty() ? u"–"_s : labels.join(u", "_s);
    }
    case Findings: {
        const QString counts = PortfolioAttention::findingCounts(row);
        return counts.isEmpty() ? u"–"_s : counts;
    }
    default:
        return {};
    }
}

QString PortfolioModel::toolTip(const PortfolioRow &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case Customer: {
        if (row.attention.isEmpty())
            return tr("Nothing needs your attention. Double-click or press Enter to open.");
        QStringList lines{tr("Needs attention:")};
        for (const AttentionReason &reason : row.attention)
            lines << u"• "_s + reason.text;
        return lines.join(u'\n');
    }
    case Readiness:
        return isTesting(row) && !row.ready ? row.blockedReason : QString();
    case Reports: {
        QStringList lines;
        for (const PortfolioSender &sender : row.majorSenders)
            lines << (sender.excluded ? tr("%1: not sending to this customer").arg(sender.name)
                      : sender.lastReport.isValid()
                          ? tr("%1: last report for %2")
                                .arg(sender.name,
                                     locale.toString(sender.lastReport, QLocale::ShortFormat))
                          : tr("%1: no report yet").arg(sender.name));
        return lines.join(u'\n');
    }
    case FailureRate:
        return tr("Last 7 days: %1 of %2 sessions failed (%3).\n28 days before: %4.")
            .arg(row.sessions.recentFailure)
            .arg(row.sessions.recentFailure + row.sessions.recentSuccess)
            .arg(percent(row.recentFailureRate()), percent(row.baselineFailureRate()));
    case Certificate:
        return row.certificateNotAfter.isValid()
                   ? tr("%1 — valid until %2 UTC")
                         .arg(row.certificateHost, locale.toString(row.certificateNotAfter.toUTC(),
                                                                   QLocale::ShortFormat))
                   : tr("No certificate probed yet.");
    case Drift: {
        QStringList lines;
        for (const QString &kind : row.driftFlags)
            lines << PortfolioAttention::flagLabel(kind) + u": "_s +
                         PortfolioAttention::flagExplanation(kind);
        return lines.join(u'\n');
    }
    case Findings: {
        QStringList lines;
        for (const storage::Finding &finding : row.findings)
            lines << services::severityText(finding.severity) + u": "_s +
                         services::findingText(finding);
        return lines.join(u'\n');
    }
    default:
        return {};
    }
}

static bool hasKey(const PortfolioRow &row, const QString &key)
{
    for (const AttentionReason &reason : row.attention)
        if (reason.key == key)
            return true;
    return false;
}

QVariant PortfolioModel::foreground(const PortfolioRow &row, int column) const
{
    switch (column) {
    case Readiness:
        if (!isTesting(row))
            return {};
        return row.ready ? kFine : hasKey(row, u"blocked"_s) ? kCritical : kWarning;
    case Reports:
        return hasKey(row, u"missing-reports"_s) ? QVariant(kWarning) : QVariant();
    case FailureRate:
        return hasKey(row, u"failure-jump"_s) ? QVariant(kCritical) : QVariant();
    case Certificate:
        if (!row.certificateNotAfter.isValid())
            return {};
        return row.certificateDaysLeft <= 7    ? kCritical
               : row.certificateDaysLeft <= 30 ? kWarning
                                               : QVariant();
    case Drift:
        return row.driftFlags.isEmpty() ? QVariant() : QVariant(kWarning);
    case Findings:
        return row.openCritical ? kCritical : row.openWarnings ? kWarning : QVariant();
    default:
        return {};
    }
}

QVariant PortfolioModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_snapshot.rows.size())
        return {};
    const PortfolioRow &row = m_snapshot.rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::ForegroundRole:
        return foreground(row, index.column());
    case Qt::DecorationRole:
        if (index.column() != Customer)
            return {};
        return row.openCritical || hasKey(row, u"blocked"_s) ? dot(kCritical)
               : row.needsAttention()                        ? dot(kWarning)
                                                             : dot(kFine);
    case Qt::TextAlignmentRole:
        if (text(row, index.column()) == u"–"_s) // nothing to say: a quiet dash in the middle
            return QVariant(Qt::AlignCenter);
        return index.column() == TestingDay || index.column() == Streak ||
                       index.column() == FailureRate || index.column() == Certificate
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
        return row.engagementId;
    case AttentionRole:
        return row.needsAttention();
    default:
        return {};
    }
}

} // namespace sts::ui
