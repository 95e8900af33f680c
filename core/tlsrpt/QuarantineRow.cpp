#include "tlsrpt/QuarantineRow.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

RejectedInput quarantineRow(const Origin &input, const QByteArray &original, bool dropped,
                            const QList<RejectedInput> &pieces, qint64 maxQuarantinedBytes)
{
    Q_ASSERT(!pieces.isEmpty());
    const RejectedInput &first = pieces.first();
    // The entry names the input, whose bytes it keeps (an exported entry is that file).
    const bool named = !input.path.isEmpty();
    RejectedInput row{named ? input : first.origin, original, first.reason};
    if (pieces.size() > 1)
        row.reason.message =
            QCoreApplication::translate("sts::tlsrpt::Importer",
                                        "%n parts of this input were refused; the first, %1: %2",
                                        nullptr, int(pieces.size()))
                .arg(first.origin.describe(), first.reason.message);
    else if (named && first.origin != input)
        row.reason.message = QCoreApplication::translate("sts::tlsrpt::Importer",
                                                         "A part of this input was refused, %1: %2")
                                 .arg(first.origin.describe(), first.reason.message);
    if (dropped)
        row.reason.message +=
            u" "_s + QCoreApplication::translate("sts::tlsrpt::Importer",
                                                 "(The input is larger than %1 MiB and was not "
                                                 "kept here: import it again from where it is.)")
                         .arg(maxQuarantinedBytes / (1024 * 1024));
    return row;
}

} // namespace sts::tlsrpt
