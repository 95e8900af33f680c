#pragma once

#include "services/PublicationCheck.h"

class QTableWidget;
class QWidget;

namespace sts::ui {

// A verification's evidence as the consultant reads it: one row per thing a sender looks at (the
// _mta-sts TXT id, the TLS-RPT record, each TLSA RRset, the policy served over HTTPS), then each
// problem found. Shared by the Policy versions panel and the Publish dialog.
enum CheckColumn { CheckWhatColumn, CheckResultColumn, CheckDetailColumn };

QTableWidget *newCheckTable(const QString &objectName, QWidget *parent);
void showCheck(QTableWidget *table, const services::PublicationCheck &check);

} // namespace sts::ui
