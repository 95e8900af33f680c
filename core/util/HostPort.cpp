#include "util/HostPort.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sts {

bool parseHostPort(const QString &input, QString &host, quint16 &port)
{
    static const QRegularExpression pattern(
        u"^(?:\\[(?<v6>[0-9a-fA-F:.]+)\\]|(?<host>[^:\\s\\[\\]]+))(?::(?<port>\\d{1,5}))?$"_s);
    const QRegularExpressionMatch match = pattern.match(input.trimmed());
    if (!match.hasMatch())
        return false;
    port = 0;
    if (match.hasCaptured(u"port"_s)) {
        const int number = match.captured(u"port"_s).toInt();
        if (number < 1 || number > 65535)
            return false;
        port = quint16(number);
    }
    if (match.hasCaptured(u"v6"_s)) {
        host = match.captured(u"v6"_s);
        return QHostAddress(host).protocol() == QHostAddress::IPv6Protocol;
    }
    host = match.captured(u"host"_s);
    return true;
}

} // namespace sts
