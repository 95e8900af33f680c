#pragma once

#include "services/ManualMx.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace sts::ui {

// "Add mail server…" / "Edit mail server…": one MX host entered by hand (host name, priority,
// addresses, note). OK saves through `save` (services::ManualMx add or update); a refused entry
// keeps the dialog open with the reason beside the field it is about, the focus on that field.
class ManualMxDialog : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<Result<services::ManualMxHost>(const services::ManualMxInput &)>;

    // `entry` fills the fields when editing; `domain` gives the example host name.
    ManualMxDialog(const QString &domain, Save save, QWidget *parent = nullptr);
    void setEntry(const services::ManualMxHost &entry);

    services::ManualMxInput input() const;
    // The entry as stored, after OK succeeded.
    const services::ManualMxHost &saved() const { return m_saved; }

    void accept() override;

private:
    void showError(const Error &error);

    Save m_save;
    services::ManualMxHost m_saved;
    QLineEdit *m_host;
    QSpinBox *m_priority;
    QLineEdit *m_addresses;
    QLineEdit *m_note;
    QLabel *m_error;
};

} // namespace sts::ui
