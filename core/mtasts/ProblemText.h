#pragma once

#include "util/MessageText.h"

#include <QString>
#include <QStringList>

namespace sts::mtasts {

// The sentence of each problem code of the TXT record parsers (_mta-sts, _smtp._tls), built from
// its arguments in this one place: the parsers phrase their problems with it, and a problem kept
// with a discovery snapshot is phrased again in the language of whoever reads it later.
// An unknown code gives an empty string.
QString problemText(const QString &code, const QStringList &args,
                    TextLanguage language = TextLanguage::Translated);
bool isProblemCode(const QString &code);

} // namespace sts::mtasts
