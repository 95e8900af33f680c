#pragma once

#include "mainwindow/EngagementListModel.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;

namespace sts::ui {

class AssignmentActions;
class Workspace;

// Left side of the main window: search field, engagement list, "show archived" toggle.
class EngagementListPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EngagementListPanel(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    qint64 currentId() const;
    void selectEngagement(qint64 id);
    void focusSearch();
    bool showsArchived() const;
    QString searchText() const;
    void setSearchText(const QString &text);
    void setShowArchived(bool show);
    int count() const { return m_model.rowCount(); }
    const EngagementListModel &model() const { return m_model; }
    AssignmentActions *assignmentActions() const { return m_assignments; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void currentChanged(qint64 id); // 0 when nothing is selected
    void activated(qint64 id);

private:
    Workspace *m_workspace = nullptr;
    EngagementListModel m_model;
    QLineEdit *m_search;
    QListView *m_list;
    QCheckBox *m_showArchived;
    QLabel *m_empty;
    AssignmentActions *m_assignments;
};

} // namespace sts::ui
