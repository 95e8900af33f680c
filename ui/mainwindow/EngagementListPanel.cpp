#include "mainwindow/EngagementListPanel.h"

#include "mainwindow/AssignmentActions.h"
#include "mainwindow/Workspace.h"
#include "services/Assignments.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

EngagementListPanel::EngagementListPanel(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_list(new QListView(this)),
      m_showArchived(new QCheckBox(tr("Show &archived"), this)), m_empty(new QLabel(this)),
      m_assignments(new AssignmentActions(m_list, [this] { return currentId(); }))
{
    m_search->setObjectName(u"engagementSearch"_s);
    m_search->setPlaceholderText(tr("Search customer, domain, consultant"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(u"engagementList"_s);
    m_list->setModel(&m_model);
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSpacing(1);
    m_showArchived->setObjectName(u"showArchived"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_showArchived);

    connect(m_search, &QLineEdit::textChanged, this, &EngagementListPanel::reload);
    connect(m_showArchived, &QCheckBox::toggled, this, &EngagementListPanel::reload);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) {
                Q_EMIT currentChanged(
                    index.isValid() ? index.data(EngagementListModel::IdRole).toLongLong() : 0);
            });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT activated(index.data(EngagementListModel::IdRole).toLongLong());
    });
    connect(this, &EngagementListPanel::currentChanged, m_assignments, &AssignmentActions::update);
    connect(m_assignments, &AssignmentActions::changed, this, &EngagementListPanel::reload);
}

void EngagementListPanel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_assignments->setWorkspace(workspace);
    reload();
}

qint64 EngagementListPanel::currentId() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(EngagementListModel::IdRole).toLongLong() : 0;
}

void EngagementListPanel::selectEngagement(qint64 id)
{
    const int row = m_model.rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model.index(row));
    else
        m_list->setCurrentIndex({});
}

void EngagementListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool EngagementListPanel::showsArchived() const
{
    return m_showArchived->isChecked();
}

QString EngagementListPanel::searchText() const
{
    return m_search->text();
}

void EngagementListPanel::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void EngagementListPanel::setShowArchived(bool show)
{
    m_showArchived->setChecked(show);
}

void EngagementListPanel::reload()
{
    const qint64 selected = currentId();
    QList<Engagement> engagements;
    QHash<qint64, QString> assignees;
    QString problem;
    if (m_workspace) {
        EngagementFilter filter;
        filter.search = m_search->text();
        filter.includeArchived = m_showArchived->isChecked();
        Result<QList<Engagement>> loaded = m_workspace->engagements().list(filter);
        if (loaded)
            engagements = *loaded;
        else
            problem = loaded.error().message;
        // One query for every row's assignee; a list without them is still a list.
        assignees = services::Assignments(m_workspace->context()).assignees().valueOr({});
    }
    m_model.setEngagements(engagements, assignees);
    if (!problem.isEmpty())
        m_empty->setText(problem);
    else if (!m_search->text().trimmed().isEmpty())
        m_empty->setText(tr("No engagement matches “%1”.").arg(m_search->text().trimmed()));
    else
        m_empty->setText(
            tr("No engagements yet.\nCreate one with File → New Engagement (Ctrl+N)."));
    const bool empty = engagements.isEmpty();
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    selectEngagement(selected);
    if (currentId() != selected)
        Q_EMIT currentChanged(currentId());
    m_assignments->update();
}

} // namespace sts::ui
