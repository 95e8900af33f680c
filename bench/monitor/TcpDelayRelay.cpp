#include "TcpDelayRelay.h"

#include "RelayWait.h"
#include "ThreadCpu.h"

#include <arpa/inet.h>
#include <chrono>
#include <fcntl.h>
#include <map>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <queue>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

// One relayed connection: the client's socket and the one to the server.
struct Pair
{
    int fd[2] = {-1, -1};         // 0: client side, 1: upstream side
    bool eof[2] = {false, false}; // no more to read from that side
    int queued[2] = {0, 0};       // events still due towards the other side
    Clock::time_point opens;      // nothing leaves before the connection's first round trip
};

// Bytes read from side `from` of pair `id`, to be written to the other side at `due`;
// empty bytes mean "the sender closed": shut down writing on the other side.
struct Due
{
    Clock::time_point due;
    quint64 order; // keeps one direction's chunks in the order they were read
    int id;
    int from;
    std::vector<char> bytes;
};

struct Later
{
    bool operator()(const Due &a, const Due &b) const
    {
        return a.due != b.due ? a.due > b.due : a.order > b.order;
    }
};

int connectUpstream(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

void noDelay(int fd)
{
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

// Writes everything (loopback buffers take a flight at once; a short write only waits briefly).
void writeAll(int fd, const std::vector<char> &bytes)
{
    for (size_t written = 0; written < bytes.size();) {
        const ssize_t w = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (w <= 0)
            return;
        written += size_t(w);
    }
}

} // namespace

TcpDelayRelay::TcpDelayRelay(quint16 upstreamPort, int roundTripMs)
    : m_upstreamPort(upstreamPort), m_roundTripMs(roundTripMs)
{}

TcpDelayRelay::~TcpDelayRelay()
{
    m_stop = true;
    if (m_wake[1] >= 0)
        (void)::write(m_wake[1], "x", 1);
    if (m_thread.joinable())
        m_thread.join();
    for (int fd : {m_listener, m_wake[0], m_wake[1]})
        if (fd >= 0)
            ::close(fd);
}

double TcpDelayRelay::threadCpuMs() const
{
    return ::threadCpuMs(m_tid);
}

bool TcpDelayRelay::start()
{
    m_listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), length) != 0 ||
        ::listen(m_listener, 512) != 0 ||
        ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0 ||
        ::pipe2(m_wake, O_CLOEXEC) != 0)
        return false;
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { run(); });
    return true;
}

void TcpDelayRelay::run()
{
    // Named so that a profile of the bench can tell the relay's CPU from the monitor's.
    pthread_setname_np(pthread_self(), "tcp-relay");
    m_tid = currentThreadId();
    const auto half = std::chrono::microseconds(m_roundTripMs * 500);
    const auto roundTrip = std::chrono::milliseconds(m_roundTripMs);
    std::map<int, Pair> pairs;
    std::priority_queue<Due, std::vector<Due>, Later> queue;
    quint64 order = 0;
    int nextId = 0;
    std::vector<char> buffer(65536);

    const auto closeIfDone = [&](int id) {
        Pair &p = pairs.at(id);
        if (p.eof[0] && p.eof[1] && p.queued[0] == 0 && p.queued[1] == 0) {
            ::close(p.fd[0]);
            ::close(p.fd[1]);
            pairs.erase(id);
        }
    };

    while (!m_stop) {
        Clock::time_point now = Clock::now();
        while (!queue.empty() && queue.top().due <= now) {
            const Due &d = queue.top();
            Pair &p = pairs.at(d.id);
            const int to = p.fd[1 - d.from];
            if (d.bytes.empty())
                ::shutdown(to, SHUT_WR);
            else
                writeAll(to, d.bytes);
            --p.queued[d.from];
            const int id = d.id;
            queue.pop();
            closeIfDone(id);
        }

        std::vector<pollfd> fds{{m_wake[0], POLLIN, 0}, {m_listener, POLLIN, 0}};
        std::vector<std::pair<int, int>> sides; // (pair id, side) of fds[2…]
        for (const auto &[id, p] : pairs)
            for (int side = 0; side < 2; ++side)
                if (!p.eof[side]) {
                    fds.push_back({p.fd[side], POLLIN, 0});
                    sides.emplace_back(id, side);
                }
        timespec wait = relayWait(queue, now);
        if (::ppoll(fds.data(), fds.size(), &wait, nullptr) <= 0)
            continue;
        now = Clock::now();

        if (fds[1].revents & POLLIN) {
            const int client = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC);
            if (client >= 0) {
                const int upstream = connectUpstream(m_upstreamPort);
                if (upstream < 0) {
                    ::close(client); // closing the client tells it
                } else {
                    noDelay(client);
                    noDelay(upstream);
                    Pair p;
                    p.fd[0] = client;
                    p.fd[1] = upstream;
                    p.opens = now + roundTrip;
                    pairs.emplace(nextId++, p);
                }
            }
        }
        for (size_t i = 2; i < fds.size(); ++i) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const auto [id, side] = sides[i - 2];
            Pair &p = pairs.at(id);
            const ssize_t n = ::read(p.fd[side], buffer.data(), buffer.size());
            Due d{std::max(now, p.opens) + half, order++, id, side, {}};
            if (n > 0)
                d.bytes.assign(buffer.data(), buffer.data() + n);
            else
                p.eof[side] = true; // passed on as a shutdown after what came before it
            ++p.queued[side];
            queue.push(std::move(d));
        }
    }
    for (const auto &[id, p] : pairs) {
        ::close(p.fd[0]);
        ::close(p.fd[1]);
    }
}
