// GLib's own headers first and alone: they use names Qt defines as macros.
#include <gio/gio.h>

namespace sts::test {

// GDBus ends the process (SIGTERM) when its shared session bus connection closes; a test program
// outlives the private bus it started, so its connection must not do that.
bool keepProcessWhenSessionBusCloses()
{
    GError *error = nullptr;
    GDBusConnection *bus = g_bus_get_sync(G_BUS_TYPE_SESSION, nullptr, &error);
    if (!bus) {
        g_error_free(error);
        return false;
    }
    g_dbus_connection_set_exit_on_close(bus, FALSE);
    // Kept for the life of the process: GDBus holds its shared connection only weakly, and one
    // made again later (by libsecret) would end the process on close again.
    return true;
}

} // namespace sts::test
