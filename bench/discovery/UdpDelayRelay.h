#pragma once

#include <QtGlobal>
#include <atomic>
#include <thread>

// A UDP relay on 127.0.0.1 that holds every datagram for half a round-trip time in each
// direction: the loopback lab with the network delay a real resolver has (this kernel has no
// netem). One upstream socket per client socket, so that answers find their way back.
class UdpDelayRelay
{
public:
    UdpDelayRelay(quint16 upstreamPort, int roundTripMs);
    ~UdpDelayRelay();

    bool start();
    quint16 port() const { return m_port; }
    // CPU time the relay thread has used so far, in ms (0 before start()).
    double threadCpuMs() const;

private:
    void run();

    quint16 m_upstreamPort;
    int m_roundTripMs;
    int m_listener = -1;
    quint16 m_port = 0;
    int m_wake[2] = {-1, -1};
    std::atomic_bool m_stop{false};
    std::atomic_int m_tid{0};
    std::thread m_thread;
};
