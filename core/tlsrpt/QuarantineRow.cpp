#include "tlsrpt/QuarantineRow.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sts::tlsrpt {

RejectedInput quarantineRow(const Origin &input, const QByteArray &original, bool dropped,
                            const QList<RejectedInput> &pieces, qint64 maxQuarantinedBytes)
{
    Q_ASSERT(!pieces.isEmpty());
    const RejectedInput &first = pieces.first();
    RejectedInput row{pieces.size() == 1 ? first.origin : input, original, first.reason};
    if (pieces.size() > 1)
        row.reason.message =
            QCoreApplication::translate("sts::tlsrpt::Importer",
                                        "%n parts of this input were refused; the first, %1: %2",
                                        nullptr, int(pieces.size()))
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
