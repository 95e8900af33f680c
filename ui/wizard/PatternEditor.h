#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;
class QTreeWidget;

namespace sts::ui {

// The mx patterns of a policy as the consultant edits them: a list (F2 edits, Ins adds, Del
// removes) and, below it, the patterns suggested from the MX inventory with the reason for each.
// Texts are kept as typed: the policy parser judges them, so its line-numbered problems apply.
class PatternEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PatternEditor(QWidget *parent = nullptr);

    QStringList patterns() const;
    void setPatterns(const QStringList &patterns);
    // Pattern and why it is suggested, in the order shown.
    void setSuggestions(const QList<QPair<QString, QString>> &suggestions);

    void addPattern(const QString &text = {});
    void removeSelected();
    // Adds the selected suggestions (all when none is selected) that are not listed yet.
    void useSuggestions();

Q_SIGNALS:
    void changed();

private:
    QListWidget *m_list;
    QTreeWidget *m_suggestions;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_use;
};

} // namespace sts::ui
