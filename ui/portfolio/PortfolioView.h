#pragma once

#include "portfolio/PortfolioModel.h"
#include "portfolio/PortfolioProxy.h"
#include "util/Task.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace sts::ui {

class Workspace;

// The home of the main window: every engagement at a glance in a sortable table, with a filter
// box and the "Needs attention" and "Mine" toggles. Loads off the GUI thread (Portfolio::load on a
// connection of its own) and again whenever the workspace changes; a newer load replaces one
// still running. Double-click or Enter on a row asks to open its engagement.
class PortfolioView : public QWidget
{
    Q_OBJECT
public:
    explicit PortfolioView(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    bool isLoading() const { return m_load.isRunning(); }
    QTableView *table() const { return m_table; }
    const PortfolioModel &model() const { return m_model; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void openRequested(qint64 engagementId);
    void loaded(); // a load finished and the table shows it

private:
    void showSnapshot(const PortfolioSnapshot &snapshot);
    void applyFilter();
    void updateSummary();

    Workspace *m_workspace = nullptr;
    PortfolioModel m_model;
    PortfolioProxy m_proxy;
    QLabel *m_summary;
    QLineEdit *m_search;
    QToolButton *m_attention;
    QToolButton *m_mine;
    QTableView *m_table;
    QLabel *m_error;
    TaskRunner *m_tasks;
    Task<PortfolioSnapshot> m_load{m_tasks};
};

} // namespace sts::ui
