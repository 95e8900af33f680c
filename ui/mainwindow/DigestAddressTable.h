#pragma once

#include <QMap>
#include <QStringList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace sts::ui {

// The digest address of each consultant who has one of their own (Settings › Monitoring); the
// default address, for everyone else, is the "Digest to" field beside it. The consultant cell
// offers the consultants the workspace knows (this desk's identity and every assignee) and
// takes any other name typed. Object names: notifyDigestTable, notifyDigestAdd,
// notifyDigestRemove.
class DigestAddressTable : public QWidget
{
    Q_OBJECT
public:
    explicit DigestAddressTable(QStringList consultants, QWidget *parent = nullptr);

    // consultant -> address; the default ("") entry is not shown here.
    void setAddresses(const QMap<QString, QString> &addresses);
    // The rows, trimmed; rows left entirely empty are ignored.
    QMap<QString, QString> addresses() const;
    // What keeps the rows from being saved, one per line.
    QStringList problems() const;

    // Adds a row (the first known consultant without one when `consultant` is empty) and starts
    // editing it.
    void addRow(const QString &consultant = {}, const QString &address = {});
    void removeCurrentRow();
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void edited();

private:
    QString cell(int row, int column) const;

    QStringList m_consultants;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace sts::ui
