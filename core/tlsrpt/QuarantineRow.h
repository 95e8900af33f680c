#pragma once

#include "tlsrpt/Extraction.h"

namespace sts::tlsrpt {

// The one quarantine entry of an input some of whose pieces were refused: the input as it came
// (compressed, as small as it was sent; not the pieces it unpacked to, which a bomb makes
// hundreds of megabytes), so that it is kept once and a retry reads all of it again. The entry
// names the input; the reason names the refused piece inside it (several: the first of them).
// `original` is empty when the input was not kept (`dropped`: it was too large to be).
RejectedInput quarantineRow(const Origin &input, const QByteArray &original, bool dropped,
                            const QList<RejectedInput> &pieces, qint64 maxQuarantinedBytes);

} // namespace sts::tlsrpt
