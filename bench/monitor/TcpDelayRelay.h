#pragma once

#include <QtGlobal>
#include <atomic>
#include <thread>

// A TCP relay on 127.0.0.1 that holds every chunk for half a round-trip time in each direction,
// the TCP companion of bench/discovery's UdpDelayRelay (this kernel has no netem, and netem on
// lo would slow everything on the machine). Each accepted connection gets an upstream connection
// and two pump threads; a pump reads a chunk, waits half the round trip, writes it on. SMTP,
// TLS and HTTP exchange one flight at a time, so every flight is delayed by exactly that.
class TcpDelayRelay
{
public:
    TcpDelayRelay(quint16 upstreamPort, int roundTripMs);
    ~TcpDelayRelay();

    bool start();
    quint16 port() const { return m_port; }

private:
    void acceptLoop();

    quint16 m_upstreamPort;
    int m_roundTripMs;
    int m_listener = -1;
    quint16 m_port = 0;
    std::atomic_bool m_stop{false};
    std::thread m_thread;
};
