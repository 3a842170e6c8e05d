/*
 * Linked into the published binary (publish.sh) so it runs on glibc 2.17 and newer.
 *
 * Before glibc 2.33, stat(), fstat(), lstat(), fstatat() and mknod() were not exported by libc.so: the headers turned
 * them into calls to __xstat() and friends, and libc_nonshared.a held small wrappers. SQLite and OpenSSL reference
 * the plain names. Zig 0.11's libc_nonshared.a for old glibc targets provides them, but as raw system calls that
 * return -1 without setting errno (lstat on a missing file leaves errno 0, which SQLite reads as "cannot open").
 * These definitions route them through the __xstat family, which every glibc exports and which sets errno.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/types.h>

#if defined(__x86_64__)
#define STAT_VER 1  /* _STAT_VER_LINUX */
#elif defined(__aarch64__)
#define STAT_VER 0  /* _STAT_VER_KERNEL (generic layout) */
#else
#error "glibc_compat.c: add this architecture's _STAT_VER"
#endif
#define MKNOD_VER 0

extern int __xstat(int, const char *, struct stat *);
extern int __lxstat(int, const char *, struct stat *);
extern int __fxstat(int, int, struct stat *);
extern int __fxstatat(int, int, const char *, struct stat *, int);
extern int __xmknod(int, const char *, mode_t, dev_t *);
extern int __xmknodat(int, int, const char *, mode_t, dev_t *);

/* On both 64-bit targets struct stat and struct stat64 have the same layout, so the 64 names share the bodies. */
int stat(const char *path, struct stat *buf) { return __xstat(STAT_VER, path, buf); }
int lstat(const char *path, struct stat *buf) { return __lxstat(STAT_VER, path, buf); }
int fstat(int fd, struct stat *buf) { return __fxstat(STAT_VER, fd, buf); }
int fstatat(int dirfd, const char *path, struct stat *buf, int flags) { return __fxstatat(STAT_VER, dirfd, path, buf, flags); }
int stat64(const char *path, struct stat *buf) __attribute__((alias("stat")));
int lstat64(const char *path, struct stat *buf) __attribute__((alias("lstat")));
int fstat64(int fd, struct stat *buf) __attribute__((alias("fstat")));
int fstatat64(int dirfd, const char *path, struct stat *buf, int flags) __attribute__((alias("fstatat")));
int mknod(const char *path, mode_t mode, dev_t dev) { return __xmknod(MKNOD_VER, path, mode, &dev); }
int mknodat(int dirfd, const char *path, mode_t mode, dev_t dev) { return __xmknodat(MKNOD_VER, dirfd, path, mode, &dev); }
