#include "TcpDelayRelay.h"

#include <arpa/inet.h>
#include <chrono>
#include <memory>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// Both ends of one relayed connection, closed when both pumps are done.
struct Pair
{
    int client = -1;
    int upstream = -1;
    ~Pair()
    {
        ::close(client);
        ::close(upstream);
    }
};

void pump(std::shared_ptr<Pair> pair, bool fromClient, int delayMs)
{
    const int from = fromClient ? pair->client : pair->upstream;
    const int to = fromClient ? pair->upstream : pair->client;
    // Connecting takes a round trip on a network (SYN, SYN-ACK) before either side's first
    // flight can leave; the relay's own accept is instant, so each pump starts one round trip late.
    std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(from, buffer, sizeof buffer);
        if (n <= 0)
            break;
        std::this_thread::sleep_for(std::chrono::microseconds(delayMs * 500));
        for (ssize_t written = 0; written < n;) {
            const ssize_t w = ::write(to, buffer + written, size_t(n - written));
            if (w <= 0)
                return;
            written += w;
        }
    }
    ::shutdown(to, SHUT_WR);
}

int connectUpstream(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

} // namespace

TcpDelayRelay::TcpDelayRelay(quint16 upstreamPort, int roundTripMs)
    : m_upstreamPort(upstreamPort), m_roundTripMs(roundTripMs)
{}

TcpDelayRelay::~TcpDelayRelay()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_listener >= 0)
        ::close(m_listener);
}

bool TcpDelayRelay::start()
{
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    const int one = 1;
    ::setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::listen(m_listener, 512) != 0)
        return false;
    socklen_t length = sizeof address;
    ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length);
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { acceptLoop(); });
    return true;
}

void TcpDelayRelay::acceptLoop()
{
    while (!m_stop) {
        pollfd waiting{m_listener, POLLIN, 0};
        if (::poll(&waiting, 1, 100) <= 0)
            continue;
        const int client = ::accept(m_listener, nullptr, nullptr);
        if (client < 0)
            continue;
        const int one = 1;
        ::setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        auto pair = std::make_shared<Pair>();
        pair->client = client;
        pair->upstream = connectUpstream(m_upstreamPort);
        if (pair->upstream < 0)
            continue; // closing the client tells it
        std::thread(pump, pair, true, m_roundTripMs).detach();
        std::thread(pump, pair, false, m_roundTripMs).detach();
    }
}
