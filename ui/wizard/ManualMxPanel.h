#pragma once

#include "services/DiscoveryService.h"
#include "wizard/ManualMxDialog.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace sts::ui {

class Workspace;

// The "entered by hand" part of the "Mail servers" page: Add mail server…, Edit…, Remove for the
// hand entries (services::ManualMx), their rows and everyone's origin in the page's table, a hint
// when discovery found no MX, and the hand entries compared with the newest scan (with "Remove
// the hand entry, DNS has it now"). Kept apart from the page so the scan view stays the page's.
class ManualMxPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int ManualIdRole = Qt::UserRole + 7; // on the origin cell; 0: DNS only
    static constexpr int InDnsRole = Qt::UserRole + 8;    // on a comparison line

    ManualMxPanel(Workspace *workspace, std::function<qint64()> engagementId, QTableWidget *table,
                  QWidget *parent = nullptr);

    // After the page filled `table` with the scan's hosts (`latest`, may be unset): marks their
    // origin, appends the hand-entered hosts, and updates the hint and the comparison.
    void showWith(const std::optional<DiscoverySnapshot> &latest, const QString &domain);

    void addServer();          // opens the dialog (window-modal, no nested event loop)
    void editServer();         // the selected hand entry
    void removeServer();       // the selected hand entry
    void removeCoveredByDns(); // the selected comparison line's entry, "dns-has-it"

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // Delete on the table

Q_SIGNALS:
    // A hand entry was added, edited or removed (the page reloads).
    void changed();

private:
    qint64 selectedManualId() const;
    void updateButtons();
    void report(const Status &status);
    // Window-modal, deletes itself; a saved entry is announced.
    void openDialog(ManualMxDialog::Save save, const services::ManualMxHost *entry);
    void announce(qint64 engagementId); // a hand entry changed: the page and the workspace reload

    Workspace *m_workspace;
    std::function<qint64()> m_engagementId;
    QTableWidget *m_table;
    QString m_domain;
    QLabel *m_hint;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_comparisonLabel;
    QListWidget *m_comparison;
    QPushButton *m_removeCovered;
    QLabel *m_error;
};

} // namespace sts::ui
