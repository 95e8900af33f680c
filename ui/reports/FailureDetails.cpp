#include "reports/FailureDetails.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sts::ui {

Result<QList<FailureDetail>> loadFailureDetails(const storage::Database &database,
                                                const FailureDetailFilter &filter, int limit)
{
    QString sql = u"SELECT day, sender, policy_type, result_type, sending_ip, receiving_mx, "
                  "receiving_helo, receiving_ip, failed_count, failure_reason_code, "
                  "additional_information FROM tlsrpt_failures WHERE engagement_id = ?"_s;
    QVariantList binds{filter.engagementId};
    if (filter.from.isValid()) {
        sql += u" AND day >= ?"_s;
        binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        sql += u" AND day <= ?"_s;
        binds << filter.to.toString(Qt::ISODate);
    }
    if (!filter.sender.isEmpty()) {
        sql += u" AND sender = ?"_s;
        binds << filter.sender;
    }
    if (!filter.resultType.isEmpty()) {
        sql += u" AND result_type = ?"_s;
        binds << filter.resultType;
    }
    if (filter.receivingMxSet || !filter.receivingMx.isEmpty()) {
        sql += u" AND receiving_mx = ?"_s;
        binds << storage::Database::nonNull(filter.receivingMx);
    }
    sql += u" ORDER BY day, failed_count DESC, id LIMIT ?"_s;
    binds << limit;

    QSqlQuery q(database.sql());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return storage::Database::sqlError(
            q.lastError(), QCoreApplication::translate("sts::ui", "reading failure details"));
    QList<FailureDetail> rows;
    while (q.next())
        rows << FailureDetail{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                              q.value(1).toString(),
                              q.value(2).toString(),
                              q.value(3).toString(),
                              q.value(4).toString(),
                              q.value(5).toString(),
                              q.value(6).toString(),
                              q.value(7).toString(),
                              q.value(8).toLongLong(),
                              q.value(9).toString(),
                              q.value(10).toString()};
    if (Status read = storage::Database::rowsRead(
            q, QCoreApplication::translate("sts::ui", "reading failure details"));
        !read)
        return read.error();
    return rows;
}

} // namespace sts::ui
