#pragma once

#include "engagement/RolloutRules.h"

#include <QWidget>

namespace sts::ui {

// One marker per UTC day of the current testing stretch: filled green square with a check for
// clean, red with a cross for failing, grey outline with a question mark for unknown (never colour
// alone). A line marks today. Hovering a day says why it is what it is.
class DayStrip : public QWidget
{
    Q_OBJECT
public:
    explicit DayStrip(QWidget *parent = nullptr);

    void setDays(const QList<DayVerdict> &days, const QDate &today);
    // What the strip says while it has no days (before testing starts, for instance).
    void setPlaceholder(const QString &text);
    QString placeholder() const { return m_placeholder; }
    const QList<DayVerdict> &days() const { return m_days; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void dayClicked(const QDate &day);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    int dayAt(const QPoint &position) const;
    QRect cellRect(int index) const;

    QList<DayVerdict> m_days;
    QDate m_today;
    QString m_placeholder;
};

} // namespace sts::ui
