/*
 * A power cut, simulated for the crash tests (see power-cut.ts, which builds and uses this).
 *
 * A SIGKILL never loses what the OS page cache already holds, so a crash test alone cannot tell a
 * program that syncs from one that does not. Preloaded into a child (LD_PRELOAD), this library
 * writes an undo log of everything under UNSYNCED_DIR that is not yet on the disk:
 *
 *  - before a write or truncation of a regular file (write, pwrite, writev, pwritev, sendfile,
 *    copy_file_range, ftruncate, an open with O_TRUNC), the bytes the touched range held and the
 *    file's size, the first time the range is touched since the file was last synced;
 *  - an fsync or fdatasync of a file marks all of its earlier records done;
 *  - before a rename, what it replaced (kept by a hard link beside the log); an fsync of the
 *    destination's directory marks the rename done;
 *  - when a file's last name is removed, its earlier records are void (its inode may be reused).
 *
 * Writes to an fd opened with O_SYNC or O_DSYNC are durable at once and are not recorded. Not seen:
 * writes through mmap (SQLite's -shm index, which it rebuilds after a crash), sync(), syncfs(),
 * io_uring (power-cut.ts turns libuv's off).
 *
 * It can also kill the program at a chosen moment of an operation: UNSYNCED_ARMED and
 * UNSYNCED_KILL_AT, see undo-log.c.
 *
 * After the kill, power-cut.ts replays what is not done, newest first: what the disk would hold
 * had the power gone at that moment. The log is written before each change, so a kill between the
 * two leaves an undo record for a change that never happened, which restores what is already there.
 *
 * Files are recognised by their path at the time of the call (/proc/self/fd), inodes by dev and
 * ino; it works on fds however they were opened. One process writes the watched files at a time
 * (the vault's instance lock ensures it): the memory of which ranges are touched is per process.
 */
#define _GNU_SOURCE
#include "undo-log.h"
#include <dlfcn.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static ssize_t (*real_write)(int, const void *, size_t);
static ssize_t (*real_pwrite64)(int, const void *, size_t, off_t);
static ssize_t (*real_writev)(int, const struct iovec *, int);
static ssize_t (*real_pwritev64)(int, const struct iovec *, int, off_t);
static ssize_t (*real_pwritev64v2)(int, const struct iovec *, int, off_t, int);
static int (*real_ftruncate64)(int, off_t);
static int (*real_fsync)(int);
static int (*real_fdatasync)(int);
static int (*real_renameat2)(int, const char *, int, const char *, unsigned int);
static int (*real_unlink)(const char *);
static int (*real_unlinkat)(int, const char *, int);
static ssize_t (*real_sendfile64)(int, int, off_t *, size_t);
static long (*real_syscall)(long, ...);
static int (*real_openat64)(int, const char *, int, ...);

__attribute__((constructor)) static void setup(void) {
  real_write = dlsym(RTLD_NEXT, "write");
  real_pwrite64 = dlsym(RTLD_NEXT, "pwrite64");
  real_writev = dlsym(RTLD_NEXT, "writev");
  real_pwritev64 = dlsym(RTLD_NEXT, "pwritev64");
  real_pwritev64v2 = dlsym(RTLD_NEXT, "pwritev64v2");
  real_ftruncate64 = dlsym(RTLD_NEXT, "ftruncate64");
  real_fsync = dlsym(RTLD_NEXT, "fsync");
  real_fdatasync = dlsym(RTLD_NEXT, "fdatasync");
  real_renameat2 = dlsym(RTLD_NEXT, "renameat2");
  real_unlink = dlsym(RTLD_NEXT, "unlink");
  real_unlinkat = dlsym(RTLD_NEXT, "unlinkat");
  real_sendfile64 = dlsym(RTLD_NEXT, "sendfile64");
  real_syscall = dlsym(RTLD_NEXT, "syscall");
  real_openat64 = dlsym(RTLD_NEXT, "openat64");
  undo_open();
}

/* Before a write of `length` bytes at `offset` (-1: the fd's position, or its end when appending). */
static void before_write(int fd, off_t offset, size_t length) {
  struct stat st;
  if (length == 0 || !undo_watched_file(fd, &st)) return;
  if (offset < 0) offset = (fcntl(fd, F_GETFL) & O_APPEND) ? st.st_size : lseek(fd, 0, SEEK_CUR);
  if (offset < 0) return;
  undo_remember(fd, &st, offset, offset + (off_t)length);
}

static size_t iov_length(const struct iovec *iov, int count) {
  size_t total = 0;
  for (int i = 0; i < count; i++) total += iov[i].iov_len;
  return total;
}

/* Not for a pipe or a terminal: a write that blocks there must not hold up every other thread. */
static int watched(int fd) {
  struct stat st;
  return undo_watched_file(fd, &st);
}

ssize_t write(int fd, const void *buffer, size_t length) {
  if (!watched(fd)) return real_write(fd, buffer, length);
  pthread_mutex_lock(&mutex);
  before_write(fd, -1, length);
  ssize_t result = real_write(fd, buffer, length);
  pthread_mutex_unlock(&mutex);
  return result;
}

ssize_t pwrite64(int fd, const void *buffer, size_t length, off_t offset) {
  pthread_mutex_lock(&mutex);
  before_write(fd, offset, length);
  ssize_t result = real_pwrite64(fd, buffer, length, offset);
  pthread_mutex_unlock(&mutex);
  return result;
}

ssize_t pwrite(int fd, const void *buffer, size_t length, off_t offset) {
  return pwrite64(fd, buffer, length, offset);
}

ssize_t writev(int fd, const struct iovec *iov, int count) {
  if (!watched(fd)) return real_writev(fd, iov, count);
  pthread_mutex_lock(&mutex);
  before_write(fd, -1, iov_length(iov, count));
  ssize_t result = real_writev(fd, iov, count);
  pthread_mutex_unlock(&mutex);
  return result;
}

ssize_t pwritev64(int fd, const struct iovec *iov, int count, off_t offset) {
  pthread_mutex_lock(&mutex);
  before_write(fd, offset, iov_length(iov, count));
  ssize_t result = real_pwritev64(fd, iov, count, offset);
  pthread_mutex_unlock(&mutex);
  return result;
}

ssize_t pwritev(int fd, const struct iovec *iov, int count, off_t offset) {
  return pwritev64(fd, iov, count, offset);
}

ssize_t pwritev64v2(int fd, const struct iovec *iov, int count, off_t offset, int flags) {
  pthread_mutex_lock(&mutex);
  if (!(flags & (RWF_DSYNC | RWF_SYNC))) before_write(fd, offset, iov_length(iov, count));
  ssize_t result = real_pwritev64v2(fd, iov, count, offset, flags);
  pthread_mutex_unlock(&mutex);
  return result;
}

ssize_t pwritev2(int fd, const struct iovec *iov, int count, off_t offset, int flags) {
  return pwritev64v2(fd, iov, count, offset, flags);
}

int ftruncate64(int fd, off_t length) {
  pthread_mutex_lock(&mutex);
  struct stat st;
  if (undo_watched_file(fd, &st) && length != st.st_size) {
    if (length < st.st_size) undo_remember(fd, &st, length, st.st_size);
    else undo_remember(fd, &st, st.st_size, length);
  }
  int result = real_ftruncate64(fd, length);
  pthread_mutex_unlock(&mutex);
  return result;
}

int ftruncate(int fd, off_t length) {
  return ftruncate64(fd, length);
}

ssize_t sendfile64(int out, int in, off_t *offset, size_t count) {
  pthread_mutex_lock(&mutex);
  before_write(out, -1, count);
  ssize_t result = real_sendfile64(out, in, offset, count);
  pthread_mutex_unlock(&mutex);
  return result;
}

ssize_t sendfile(int out, int in, off_t *offset, size_t count) {
  return sendfile64(out, in, offset, count);
}

/* libuv copies files (fs.copyFileSync) and writes several buffers with raw system calls. */
long syscall(long number, ...) {
  va_list list;
  va_start(list, number);
  long a = va_arg(list, long), b = va_arg(list, long), c = va_arg(list, long);
  long d = va_arg(list, long), e = va_arg(list, long), f = va_arg(list, long);
  va_end(list);
  if (number != SYS_copy_file_range && number != SYS_pwritev && number != SYS_pwritev2) {
    return real_syscall(number, a, b, c, d, e, f);
  }
  pthread_mutex_lock(&mutex);
  if (number == SYS_copy_file_range) {
    off_t *out_offset = (off_t *)d;
    before_write((int)c, out_offset ? *out_offset : -1, (size_t)e);
  } else if (number == SYS_pwritev || !(f & (RWF_DSYNC | RWF_SYNC))) {
    /* The kernel takes the offset split in two longs (the second 0 on 64-bit), then pwritev2 flags. */
    before_write((int)a, (off_t)d, iov_length((const struct iovec *)b, (int)c));
  }
  long result = real_syscall(number, a, b, c, d, e, f);
  pthread_mutex_unlock(&mutex);
  return result;
}

static int synced(int fd, int (*sync)(int)) {
  pthread_mutex_lock(&mutex);
  int result = sync(fd);
  struct stat st;
  char path[PATH_MAX];
  if (result == 0 && undo_watching() && fstat(fd, &st) == 0 && undo_fd_path(fd, path)) {
    if ((S_ISREG(st.st_mode) && undo_inside(path)) || S_ISDIR(st.st_mode)) undo_synced(&st);
  }
  pthread_mutex_unlock(&mutex);
  return result;
}

int fsync(int fd) {
  return synced(fd, real_fsync);
}

int fdatasync(int fd) {
  return synced(fd, real_fdatasync);
}

/* Whether `path` is the last name of a watched file, whose inode a removal would free. */
static int last_name(int dirfd, const char *path, struct stat *st) {
  char full[PATH_MAX];
  if (!undo_watching() || !undo_absolute(dirfd, path, full) || !undo_inside(full)) return 0;
  return lstat(full, st) == 0 && S_ISREG(st->st_mode) && st->st_nlink == 1;
}

static int renamed(int from_fd, const char *from, int to_fd, const char *to, unsigned int flags) {
  pthread_mutex_lock(&mutex);
  char source[PATH_MAX], target[PATH_MAX];
  if (undo_watching() && !(flags & RENAME_EXCHANGE) && undo_absolute(from_fd, from, source) &&
      undo_absolute(to_fd, to, target) && undo_inside(source) && undo_inside(target)) {
    undo_renaming(source, target);
  }
  int result = real_renameat2(from_fd, from, to_fd, to, flags);
  pthread_mutex_unlock(&mutex);
  return result;
}

int rename(const char *from, const char *to) {
  return renamed(AT_FDCWD, from, AT_FDCWD, to, 0);
}

int renameat(int from_fd, const char *from, int to_fd, const char *to) {
  return renamed(from_fd, from, to_fd, to, 0);
}

int renameat2(int from_fd, const char *from, int to_fd, const char *to, unsigned int flags) {
  return renamed(from_fd, from, to_fd, to, flags);
}

int unlink(const char *path) {
  pthread_mutex_lock(&mutex);
  struct stat st;
  int last = last_name(AT_FDCWD, path, &st);
  int result = real_unlink(path);
  if (result == 0 && last) undo_removed(&st);
  pthread_mutex_unlock(&mutex);
  return result;
}

int unlinkat(int dirfd, const char *path, int flags) {
  pthread_mutex_lock(&mutex);
  struct stat st;
  int last = !(flags & AT_REMOVEDIR) && last_name(dirfd, path, &st);
  int result = real_unlinkat(dirfd, path, flags);
  if (result == 0 && last) undo_removed(&st);
  pthread_mutex_unlock(&mutex);
  return result;
}

/* Opening with O_TRUNC empties a file as ftruncate would. */
static void before_open(int dirfd, const char *path, int flags) {
  char full[PATH_MAX];
  if (!(flags & O_TRUNC) || !undo_watching() || !undo_absolute(dirfd, path, full) || !undo_inside(full)) return;
  int fd = real_openat64(AT_FDCWD, full, O_RDONLY | O_CLOEXEC);
  struct stat st;
  if (fd < 0) return;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) undo_remember(fd, &st, 0, st.st_size);
  close(fd);
}

static int opened(int dirfd, const char *path, int flags, mode_t mode) {
  pthread_mutex_lock(&mutex);
  before_open(dirfd, path, flags);
  int fd = real_openat64(dirfd, path, flags, mode);
  pthread_mutex_unlock(&mutex);
  return fd;
}

static mode_t mode_of(int flags, va_list list) {
  return (flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE ? va_arg(list, mode_t) : 0;
}

int open(const char *path, int flags, ...) {
  va_list list;
  va_start(list, flags);
  mode_t mode = mode_of(flags, list);
  va_end(list);
  return opened(AT_FDCWD, path, flags, mode);
}

int open64(const char *path, int flags, ...) {
  va_list list;
  va_start(list, flags);
  mode_t mode = mode_of(flags, list);
  va_end(list);
  return opened(AT_FDCWD, path, flags, mode);
}

int openat(int dirfd, const char *path, int flags, ...) {
  va_list list;
  va_start(list, flags);
  mode_t mode = mode_of(flags, list);
  va_end(list);
  return opened(dirfd, path, flags, mode);
}

int openat64(int dirfd, const char *path, int flags, ...) {
  va_list list;
  va_start(list, flags);
  mode_t mode = mode_of(flags, list);
  va_end(list);
  return opened(dirfd, path, flags, mode);
}
