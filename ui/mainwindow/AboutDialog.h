#pragma once

#include <QDialog>

namespace sts::ui {

// Version of STS Desk and of the libraries it runs with.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace sts::ui
