/* The floor of reading the import's input: every file of a folder opened relative to it, read
 * with one read(2) and closed, and the .gz ones inflated (zlib), as plain system calls in one
 * thread. CPU per file.
 * Usage: read_floor DIR */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#include <zlib.h>

static double cpu(void)
{
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_utime.tv_usec / 1e6 + u.ru_stime.tv_sec +
           u.ru_stime.tv_usec / 1e6;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: read_floor DIR\n");
        return 2;
    }
    static char in[65536], out[1 << 20];
    const double start = cpu();
    double inflating = 0;
    DIR *dir = opendir(argv[1]);
    if (!dir) {
        perror(argv[1]);
        return 1;
    }
    int files = 0;
    long bytes = 0;
    for (struct dirent *e; (e = readdir(dir));) {
        if (e->d_name[0] == '.')
            continue;
        const int fd = openat(dirfd(dir), e->d_name, O_RDONLY);
        const ssize_t n = fd < 0 ? 0 : read(fd, in, sizeof in);
        if (fd >= 0)
            close(fd);
        files++;
        bytes += n > 0 ? n : 0;
        const size_t length = strlen(e->d_name);
        if (n > 0 && length > 3 && strcmp(e->d_name + length - 3, ".gz") == 0) {
            const double before = cpu();
            z_stream z;
            memset(&z, 0, sizeof z);
            inflateInit2(&z, 16 + MAX_WBITS);
            z.next_in = (Bytef *)in;
            z.avail_in = (uInt)n;
            z.next_out = (Bytef *)out;
            z.avail_out = sizeof out;
            inflate(&z, Z_FINISH);
            inflateEnd(&z);
            inflating += cpu() - before;
        }
    }
    closedir(dir);
    const double total = cpu() - start;
    printf("read floor: %d files, %ld bytes: %.2f us/file (reading %.2f, inflating %.2f)\n", files,
           bytes, total / files * 1e6, (total - inflating) / files * 1e6, inflating / files * 1e6);
    return 0;
}
