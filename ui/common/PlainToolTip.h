#pragma once

#include <QString>

namespace sts::ui {

// A tooltip that shows `text` as it is. Qt renders a tooltip as HTML whenever it merely looks like
// HTML (Qt::mightBeRichText), so a report sender, MX host or certificate name such as
// "<img src=…>" or "<b>" would be styled or pull in resources. Such text is escaped into a
// paragraph; everything else is returned unchanged (plain tooltips keep Qt's own line handling).
// Use it for every tooltip that carries text from outside: DNS, servers, reports, customers.
QString plainToolTip(const QString &text);

} // namespace sts::ui
