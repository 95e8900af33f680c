#pragma once

#include <QList>
#include <QString>
#include <sys/types.h>

namespace sts::test {

// One real Postfix master on loopback, run in the foreground from a private config dir, with one
// smtpd listener per scenario (each with its own certificate chain file, or without STARTTLS).
// Follows shared/labs/postfix.md: no chroot, outbound delivery disabled, main.cf back-dated so
// Postfix does not wait for it to "cool down", master started in its own session and stopped with
// SIGTERM + waitpid. Needs root and the postfix package.
class PostfixLab
{
public:
    struct Listener
    {
        QString name; // for port(); e.g. "good"
        quint16 port = 0;
        QString chainFile; // Postfix smtpd_tls_chain_files: key, leaf, intermediates
        bool starttls = true;
        bool ipv6 = false; // also listen on [::1]:port
        // Another loopback address (127.0.0.x) lets several scenarios share one port, as MX
        // hosts of one domain do.
        QString address = QStringLiteral("127.0.0.1");
        // Also accept TLS 1.0 and 1.1 (security level 0), as old servers do; otherwise the
        // listener refuses anything below TLS 1.2, as TR-02102-2 asks.
        bool legacyTls = false;
        // A submission port (RFC 6409): TLS required before anything else, SASL through the
        // Dovecot auth socket set with setDelivery(), relaying only for authenticated clients.
        bool submission = false;
    };

    // Mail for `domain` is delivered by Postfix's virtual agent into Maildirs under `base`
    // (`maps`: address -> path below base ending in "/"), as uid/gid `owner`; submission
    // listeners authenticate against the Dovecot auth socket `saslSocket` (DovecotLab).
    struct Delivery
    {
        QString domain;
        QString base;
        QList<QPair<QString, QString>> maps;
        QString saslSocket;
        uint ownerUid = 65534;
        uint ownerGid = 65534;
    };

    // `directory` must be short and traversable by user postfix (a LabDir is).
    explicit PostfixLab(QString directory);
    ~PostfixLab();
    PostfixLab(const PostfixLab &) = delete;
    PostfixLab &operator=(const PostfixLab &) = delete;

    // Why the lab cannot run here (not root, no postfix), or empty.
    static QString unavailableReason();
    // True when [::1] can be bound on this machine.
    static bool haveIpv6Loopback();

    void addListener(const Listener &listener);
    void setDelivery(const Delivery &delivery) { m_delivery = delivery; }
    bool start(QString *error);
    void stop();
    bool isRunning() const { return m_pid > 0; }

    quint16 port(const QString &name) const;
    // The config dir; Postfix tools such as posttls-finger need it as MAIL_CONFIG when the
    // machine has no /etc/postfix/main.cf.
    QString configDir() const { return m_dir + QStringLiteral("/mx/etc"); }
    QString logText() const;

private:
    bool writeConfig(QString *error) const;

    QString m_dir;
    QList<Listener> m_listeners;
    Delivery m_delivery;
    pid_t m_pid = -1;
};

} // namespace sts::test
