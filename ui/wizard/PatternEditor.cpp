#include "wizard/PatternEditor.h"

#include "common/PlainToolTip.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sts::ui {

PatternEditor::PatternEditor(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_suggestions(new QTreeWidget(this)),
      m_add(new QPushButton(tr("&Add"), this)), m_remove(new QPushButton(tr("Re&move"), this)),
      m_use(new QPushButton(tr("&Use suggested"), this))
{
    m_list->setObjectName(u"patternList"_s);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setToolTip(tr("One host name or “*.” plus a host name per line. F2 edits, Ins adds, "
                          "Del removes."));
    m_add->setObjectName(u"addPatternButton"_s);
    m_add->setToolTip(tr("Add a pattern (Ins)."));
    m_remove->setObjectName(u"removePatternButton"_s);
    m_remove->setToolTip(tr("Remove the selected patterns (Del)."));
    m_use->setObjectName(u"useSuggestionsButton"_s);
    m_use->setToolTip(tr("Add the selected suggestions, or all of them when none is selected."));

    m_suggestions->setObjectName(u"suggestionTree"_s);
    m_suggestions->setColumnCount(2);
    m_suggestions->setHeaderLabels({tr("Suggested pattern"), tr("Why")});
    m_suggestions->setRootIsDecorated(false);
    m_suggestions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_suggestions->setWordWrap(true);
    m_suggestions->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_suggestions->header()->setStretchLastSection(true);

    // Shortcuts only while the list has focus, so Del in other fields keeps its meaning.
    auto *insert = new QAction(this);
    insert->setShortcut(QKeySequence(Qt::Key_Insert));
    insert->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(insert);
    auto *remove = new QAction(this);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(remove);

    auto *listLabel = new QLabel(tr("M&X patterns:"), this);
    listLabel->setBuddy(m_list);
    auto *suggestionLabel = new QLabel(tr("Suggestions from the mail servers:"), this);
    suggestionLabel->setBuddy(m_suggestions);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(buttons);
    auto *useRow = new QHBoxLayout;
    useRow->addStretch();
    useRow->addWidget(m_use);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(listLabel);
    layout->addLayout(listRow, 2);
    layout->addWidget(suggestionLabel);
    layout->addWidget(m_suggestions, 2);
    layout->addLayout(useRow);

    connect(m_add, &QPushButton::clicked, this, [this] { addPattern(); });
    connect(insert, &QAction::triggered, this, [this] { addPattern(); });
    connect(m_remove, &QPushButton::clicked, this, &PatternEditor::removeSelected);
    connect(remove, &QAction::triggered, this, &PatternEditor::removeSelected);
    connect(m_use, &QPushButton::clicked, this, &PatternEditor::useSuggestions);
    connect(m_list, &QListWidget::itemChanged, this, &PatternEditor::changed);
}

QStringList PatternEditor::patterns() const
{
    QStringList out;
    // A line left empty while adding is not a pattern yet.
    for (int row = 0; row < m_list->count(); ++row)
        if (const QString text = m_list->item(row)->text().trimmed(); !text.isEmpty())
            out << text;
    return out;
}

static QListWidgetItem *patternItem(const QString &text)
{
    auto *item = new QListWidgetItem(text);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    return item;
}

void PatternEditor::setPatterns(const QStringList &patterns)
{
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        for (const QString &p : patterns)
            m_list->addItem(patternItem(p));
    }
    Q_EMIT changed();
}

void PatternEditor::setSuggestions(const QList<QPair<QString, QString>> &suggestions)
{
    m_suggestions->clear();
    for (const auto &[pattern, reason] : suggestions) {
        // Notes (hosts left out) have no pattern: shown, never added.
        auto *item =
            new QTreeWidgetItem(m_suggestions, {pattern.isEmpty() ? u"—"_s : pattern, reason});
        item->setData(0, Qt::UserRole, pattern);
        item->setToolTip(1, plainToolTip(reason));
        if (pattern.isEmpty())
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
    }
    m_use->setEnabled(!suggestions.isEmpty());
}

void PatternEditor::addPattern(const QString &text)
{
    QListWidgetItem *item = patternItem(text);
    m_list->addItem(item);
    m_list->setCurrentItem(item);
    if (text.isEmpty()) {
        m_list->setFocus();
        m_list->editItem(item);
    }
    Q_EMIT changed();
}

void PatternEditor::removeSelected()
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    Q_EMIT changed();
}

void PatternEditor::useSuggestions()
{
    QList<QTreeWidgetItem *> chosen = m_suggestions->selectedItems();
    if (chosen.isEmpty())
        for (int i = 0; i < m_suggestions->topLevelItemCount(); ++i)
            chosen << m_suggestions->topLevelItem(i);
    QStringList current = patterns();
    bool added = false;
    const QSignalBlocker block(m_list);
    for (QTreeWidgetItem *item : chosen) {
        const QString pattern = item->data(0, Qt::UserRole).toString();
        if (pattern.isEmpty() || current.contains(pattern, Qt::CaseInsensitive))
            continue;
        m_list->addItem(patternItem(pattern));
        current << pattern;
        added = true;
    }
    if (added)
        Q_EMIT changed();
}

} // namespace sts::ui
