#pragma once

#include <QTcpServer>
#include <QTcpSocket>

// A misbehaving "SMTP server" for robustness tests. It runs in the test's own event loop, like
// the probe, so the probe's timers and caps are what ends each conversation.
class HostileSmtpServer : public QTcpServer
{
public:
    enum class Mode { GarbageBanner, HugeLine, Stall, StallAfterEhlo, DataAfterStarttls };

    explicit HostileSmtpServer(Mode mode) : m_mode(mode)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                greet(socket);
            }
        });
    }

private:
    void greet(QTcpSocket *socket)
    {
        switch (m_mode) {
        case Mode::GarbageBanner:
            socket->write("HELLO THERE I AM NOT SMTP\r\n");
            break;
        case Mode::HugeLine:
            socket->write("220 " + QByteArray(1024 * 1024, 'A')); // 1 MB, no line end
            break;
        case Mode::Stall:
            break; // accept, then say nothing at all
        case Mode::StallAfterEhlo:
        case Mode::DataAfterStarttls:
            socket->write("220 hostile.lab.test ESMTP\r\n");
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                const QByteArray line = socket->readAll();
                if (m_mode == Mode::StallAfterEhlo)
                    return; // never answer EHLO
                if (line.startsWith("EHLO"))
                    socket->write("250-hostile.lab.test\r\n250 STARTTLS\r\n");
                else if (line.startsWith("STARTTLS"))
                    socket->write("220 go ahead\r\n250 injected\r\n");
            });
            break;
        }
    }

    Mode m_mode;
};
