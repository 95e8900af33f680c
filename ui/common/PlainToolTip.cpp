#include "common/PlainToolTip.h"

#include <QTextDocument>

namespace sts::ui {

QString plainToolTip(const QString &text)
{
    return Qt::mightBeRichText(text) ? Qt::convertFromPlainText(text, Qt::WhiteSpacePre) : text;
}

} // namespace sts::ui
