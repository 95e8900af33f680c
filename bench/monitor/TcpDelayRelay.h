#pragma once

#include <QtGlobal>
#include <atomic>
#include <thread>

// A TCP relay on 127.0.0.1 that holds every chunk for half a round-trip time in each direction,
// the TCP companion of bench/discovery's UdpDelayRelay (this kernel has no netem, and netem on
// lo would slow everything on the machine). Each accepted connection gets an upstream
// connection; whatever one side sends is passed on half a round trip later, and nothing leaves
// before one round trip after the accept (the SYN / SYN-ACK a network costs). SMTP, TLS and HTTP
// exchange one flight at a time, so every flight is delayed by exactly that.
//
// One thread serves every connection (poll and a queue ordered by due time), so the relay's CPU
// is that thread's CPU: the bench reports it apart from the monitor's (threadCpuMs()).
class TcpDelayRelay
{
public:
    TcpDelayRelay(quint16 upstreamPort, int roundTripMs);
    ~TcpDelayRelay();

    bool start();
    quint16 port() const { return m_port; }
    // CPU time the relay thread has used so far, in ms (0 before start()).
    double threadCpuMs() const;

private:
    void run();

    quint16 m_upstreamPort;
    int m_roundTripMs;
    int m_listener = -1;
    int m_wake[2] = {-1, -1};
    quint16 m_port = 0;
    std::atomic_bool m_stop{false};
    std::atomic_int m_tid{0};
    std::thread m_thread;
};
