#include "UdpDelayRelay.h"

#include "RelayWait.h"
#include "ThreadCpu.h"

#include <arpa/inet.h>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <queue>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Pending
{
    Clock::time_point due;
    int fd;
    bool toClient; // through the listener to `client`, else on the connected upstream socket
    sockaddr_in client;
    std::vector<char> bytes;
};

struct Later
{
    bool operator()(const Pending &a, const Pending &b) const { return a.due > b.due; }
};

struct Upstream
{
    sockaddr_in client;
    Clock::time_point created;
};

sockaddr_in loopback(quint16 port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

} // namespace

UdpDelayRelay::UdpDelayRelay(quint16 upstreamPort, int roundTripMs)
    : m_upstreamPort(upstreamPort), m_roundTripMs(roundTripMs)
{}

UdpDelayRelay::~UdpDelayRelay()
{
    m_stop = true;
    if (m_wake[1] >= 0)
        (void)::write(m_wake[1], "x", 1);
    if (m_thread.joinable())
        m_thread.join();
    for (int fd : {m_listener, m_wake[0], m_wake[1]}) {
        if (fd >= 0)
            ::close(fd);
    }
}

double UdpDelayRelay::threadCpuMs() const
{
    return ::threadCpuMs(m_tid);
}

bool UdpDelayRelay::start()
{
    m_listener = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), length) != 0 ||
        ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0 ||
        ::pipe2(m_wake, O_CLOEXEC) != 0)
        return false;
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { run(); });
    return true;
}

void UdpDelayRelay::run()
{
    // Named so that a profile of a bench can tell the relay's CPU from the code it measures.
    pthread_setname_np(pthread_self(), "udp-relay");
    m_tid = currentThreadId();
    // ldns sends each query from a socket of its own and reads one answer: an upstream socket
    // lives until its answer has been passed on (or for five seconds).
    std::map<std::pair<quint32, quint16>, int> upstreamOf;
    std::map<int, Upstream> upstreams;
    std::priority_queue<Pending, std::vector<Pending>, Later> queue;
    const auto half = std::chrono::microseconds(m_roundTripMs * 500);
    std::vector<char> buffer(65536);
    const auto closeUpstream = [&](int fd) {
        const sockaddr_in &c = upstreams.at(fd).client;
        upstreamOf.erase({c.sin_addr.s_addr, c.sin_port});
        upstreams.erase(fd);
        ::close(fd);
    };
    while (!m_stop) {
        Clock::time_point now = Clock::now();
        while (!queue.empty() && queue.top().due <= now) {
            const Pending &p = queue.top();
            if (p.toClient)
                ::sendto(p.fd, p.bytes.data(), p.bytes.size(), 0,
                         reinterpret_cast<const sockaddr *>(&p.client), sizeof p.client);
            else
                ::send(p.fd, p.bytes.data(), p.bytes.size(), 0);
            queue.pop();
        }
        for (auto it = upstreams.begin(); it != upstreams.end();) {
            const int fd = it->first;
            ++it;
            if (now - upstreams.at(fd).created > std::chrono::seconds(5))
                closeUpstream(fd);
        }
        std::vector<pollfd> fds{{m_wake[0], POLLIN, 0}, {m_listener, POLLIN, 0}};
        for (const auto &entry : upstreams)
            fds.push_back({entry.first, POLLIN, 0});
        timespec timeout = relayWait(queue, now);
        if (::ppoll(fds.data(), fds.size(), &timeout, nullptr) <= 0)
            continue;
        now = Clock::now();
        if (fds[1].revents & POLLIN) {
            sockaddr_in client{};
            socklen_t length = sizeof client;
            const ssize_t n = ::recvfrom(m_listener, buffer.data(), buffer.size(), 0,
                                         reinterpret_cast<sockaddr *>(&client), &length);
            if (n > 0) {
                const auto key = std::make_pair(client.sin_addr.s_addr, client.sin_port);
                auto it = upstreamOf.find(key);
                if (it == upstreamOf.end()) {
                    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
                    const sockaddr_in server = loopback(m_upstreamPort);
                    if (fd < 0 || ::connect(fd, reinterpret_cast<const sockaddr *>(&server),
                                            sizeof server) != 0) {
                        if (fd >= 0)
                            ::close(fd);
                        continue;
                    }
                    it = upstreamOf.emplace(key, fd).first;
                    upstreams.emplace(fd, Upstream{client, now});
                }
                queue.push({now + half, it->second, false, {}, {buffer.data(), buffer.data() + n}});
            }
        }
        for (size_t i = 2; i < fds.size(); ++i) {
            if (!(fds[i].revents & POLLIN))
                continue;
            const ssize_t n = ::recv(fds[i].fd, buffer.data(), buffer.size(), 0);
            if (n > 0)
                queue.push({now + half,
                            m_listener,
                            true,
                            upstreams.at(fds[i].fd).client,
                            {buffer.data(), buffer.data() + n}});
            closeUpstream(fds[i].fd);
        }
    }
    while (!upstreams.empty())
        closeUpstream(upstreams.begin()->first);
}
