#pragma once

#include "probe/StarttlsProbe.h"

#include <QObject>
#include <QThread>

namespace sts::ui {

// Runs a StarttlsProbe on a worker thread for a page and reports back on the GUI thread, so the
// TLS handshakes and chain verification (CPU) never land on the GUI thread. Each run gets its own
// probe object; results of a run that was cancelled or replaced are dropped.
class ProbeRunner : public QObject
{
    Q_OBJECT
public:
    explicit ProbeRunner(QObject *parent = nullptr);
    // Cancels the run in progress and stops the worker thread (quit() + wait()).
    ~ProbeRunner() override;

    // Starts a run; a run still in progress is cancelled first.
    void start(const QList<tls::ProbeTarget> &targets, const tls::ProbeOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void addressFinished(const sts::tls::AddressProbe &result);
    void progress(int done, int total);
    void succeeded(const sts::tls::ProbeReport &report);
    void cancelled();

private:
    QThread m_thread;
    QObject *m_holder;          // lives in m_thread; parent of every probe
    QObject *m_probe = nullptr; // of the current run; only compared, never dereferenced here
    quint64 m_run = 0;
    bool m_running = false;
};

} // namespace sts::ui
