#include "ThreadCpu.h"

#include <fstream>
#include <sstream>
#include <string>
#include <sys/syscall.h>
#include <unistd.h>

double threadCpuMs(int tid)
{
    if (tid <= 0)
        return 0;
    std::ifstream stat("/proc/self/task/" + std::to_string(tid) + "/stat");
    std::string line;
    if (!std::getline(stat, line))
        return 0;
    // The command name may hold blanks: the fields start after its closing parenthesis.
    std::istringstream fields(line.substr(line.rfind(')') + 2));
    std::string field;
    double utime = 0, stime = 0;
    for (int i = 3; fields >> field; ++i) { // field 3 is the state
        if (i == 14)
            utime = std::stod(field);
        else if (i == 15) {
            stime = std::stod(field);
            break;
        }
    }
    return (utime + stime) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

int currentThreadId()
{
    return int(syscall(SYS_gettid));
}
