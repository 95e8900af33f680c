#pragma once

#include "services/Portfolio.h"

#include <QAbstractTableModel>

namespace sts::ui {

// The portfolio's rows as a table: one row per engagement, the columns of Portfolio::sortKeys()
// that the table shows. Colours say severity (red critical, amber warning, green fine); tooltips
// say why.
class PortfolioModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Customer,
        Domain,
        Phase,
        TestingDay,
        Streak,
        Readiness,
        Reports,
        FailureRate,
        Certificate,
        Drift,
        Findings,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, AttentionRole };

    explicit PortfolioModel(QObject *parent = nullptr);

    void setSnapshot(PortfolioSnapshot snapshot);
    const PortfolioSnapshot &snapshot() const { return m_snapshot; }
    const PortfolioRow &rowAt(int row) const { return m_snapshot.rows.at(row); }
    int rowOf(qint64 engagementId) const;
    // The Portfolio::sortKeys() key of `column`.
    static QString sortKey(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const PortfolioRow &row, int column) const;
    QString toolTip(const PortfolioRow &row, int column) const;
    QVariant foreground(const PortfolioRow &row, int column) const;

    PortfolioSnapshot m_snapshot;
};

} // namespace sts::ui
