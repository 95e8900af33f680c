#pragma once

#include "tlsrpt/Extraction.h"

namespace sts::tlsrpt {

// The one quarantine entry of an input some of whose pieces were refused: the input as it came
// (compressed, as small as it was sent; not the pieces it unpacked to, which a bomb makes
// hundreds of megabytes), so that it is kept once and a retry reads all of it again. One refused
// piece names itself and its reason; several are summed up with the first one's reason.
// `original` is empty when the input was not kept (`dropped`: it was too large to be).
RejectedInput quarantineRow(const Origin &input, const QByteArray &original, bool dropped,
                            const QList<RejectedInput> &pieces, qint64 maxQuarantinedBytes);

} // namespace sts::tlsrpt
