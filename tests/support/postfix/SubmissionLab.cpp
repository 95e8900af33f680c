#include "postfix/SubmissionLab.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sts::test {

SubmissionLab::SubmissionLab() = default;

SubmissionLab::~SubmissionLab()
{
    stop();
}

QString SubmissionLab::unavailableReason()
{
    if (const QString why = PostfixLab::unavailableReason(); !why.isEmpty())
        return why;
    if (!DovecotLab::available())
        return u"dovecot is not installed"_s;
    return {};
}

bool SubmissionLab::start(QString *error)
{
    m_dovecot.enableAuthSocket();
    if (!m_dovecot.start(error))
        return false;
    m_dir = std::make_unique<LabDir>(u"sub"_s);
    m_postfix = std::make_unique<PostfixLab>(m_dir->path());
    m_port = freeTcpPort();
    PostfixLab::Listener listener;
    listener.name = u"submission"_s;
    listener.port = m_port;
    listener.chainFile = m_dovecot.postfixChainFile();
    listener.submission = true;
    m_postfix->addListener(listener);
    do
        m_plainPort = freeTcpPort();
    while (m_plainPort == m_port);
    PostfixLab::Listener plain;
    plain.name = u"plain"_s;
    plain.port = m_plainPort;
    plain.starttls = false;
    m_postfix->addListener(plain);
    PostfixLab::Delivery delivery;
    delivery.domain = u"lab.test"_s;
    delivery.base = m_dovecot.mailBase();
    for (const QString &local : {u"tester"_s, u"digest"_s, u"critical"_s, u"customer"_s})
        delivery.maps.append({local + u"@lab.test"_s, u"tester/Maildir/"_s});
    delivery.saslSocket = m_dovecot.authSocketPath();
    m_postfix->setDelivery(delivery);
    return m_postfix->start(error);
}

void SubmissionLab::stop()
{
    if (m_postfix)
        m_postfix->stop();
    m_dovecot.stop();
}

static QStringList arrived(const QString &maildir)
{
    QDir dir(maildir + u"/new"_s);
    QStringList names = dir.entryList(QDir::Files);
    std::sort(names.begin(), names.end()); // Maildir names start with the delivery time
    for (QString &name : names)
        name = dir.filePath(name);
    return names;
}

int SubmissionLab::waitingCount() const
{
    return int(arrived(m_dovecot.maildir()).size());
}

QByteArrayList SubmissionLab::takeMessages(int count, int timeoutMs)
{
    waitUntil([&] { return waitingCount() >= count; }, timeoutMs);
    QByteArrayList out;
    for (const QString &path : arrived(m_dovecot.maildir())) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            out.append(file.readAll());
        file.remove();
    }
    return out;
}

} // namespace sts::test
