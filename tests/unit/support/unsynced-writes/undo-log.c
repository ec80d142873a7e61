/* The undo log of unsynced-writes.c (see there): the records, and which ranges are recorded. */
#define _GNU_SOURCE
#include "undo-log.h"
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum { DATA = 1, SYNC = 2, FORGET = 3, RENAME = 4, DIRSYNC = 5 };

/* Every record: this header, then `image` bytes, then three paths (lengths in the header). */
struct header {
  uint64_t kind, dev, ino, offset, size, image, path1, path2, path3;
};

struct range {
  off_t from, to;
};

struct touched {
  dev_t dev;
  ino_t ino;
  struct range *ranges;
  size_t count, capacity;
};

static char watched[PATH_MAX];
static size_t watched_len;
static char log_path[PATH_MAX];
static int log_fd = -1;
static unsigned long graves;
static struct touched *files;
static size_t file_count, file_capacity;
static ssize_t (*real_write)(int, const void *, size_t);
static int (*real_openat64)(int, const char *, int, ...);

void undo_open(void) {
  real_write = dlsym(RTLD_NEXT, "write");
  real_openat64 = dlsym(RTLD_NEXT, "openat64");
  const char *dir = getenv("UNSYNCED_DIR");
  const char *log = getenv("UNSYNCED_LOG");
  if (!dir || !log || !realpath(dir, watched)) return;
  snprintf(log_path, sizeof log_path, "%s", log);
  log_fd = real_openat64(AT_FDCWD, log_path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
  if (log_fd >= 0) watched_len = strlen(watched);
}

int undo_watching(void) {
  return watched_len > 0;
}

void undo_fail(const char *what) {
  char message[256];
  int n = snprintf(message, sizeof message, "unsynced-writes: %s: %s\n", what, strerror(errno));
  real_write(2, message, (size_t)n);
  abort();
}

int undo_inside(const char *path) {
  return watched_len > 0 && strncmp(path, watched, watched_len) == 0 &&
         (path[watched_len] == '/' || path[watched_len] == '\0');
}

int undo_fd_path(int fd, char *path) {
  char link[64];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  ssize_t n = readlink(link, path, PATH_MAX - 1);
  if (n < 0) return 0;
  path[n] = '\0';
  return 1;
}

int undo_watched_file(int fd, struct stat *st) {
  char path[PATH_MAX];
  if (!watched_len || fstat(fd, st) != 0 || !S_ISREG(st->st_mode)) return 0;
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0 || (flags & O_DSYNC)) return 0;
  return undo_fd_path(fd, path) && undo_inside(path);
}

int undo_absolute(int dirfd, const char *path, char *out) {
  char base[PATH_MAX], folder[PATH_MAX], joined[2 * PATH_MAX];
  if (path[0] == '/') {
    snprintf(joined, sizeof joined, "%s", path);
  } else {
    if (dirfd == AT_FDCWD ? !getcwd(base, sizeof base) : !undo_fd_path(dirfd, base)) return 0;
    snprintf(joined, sizeof joined, "%s/%s", base, path);
  }
  char *slash = strrchr(joined, '/');
  *slash = '\0';
  if (!realpath(joined[0] ? joined : "/", folder)) return 0;
  return snprintf(out, PATH_MAX, "%s/%s", folder, slash + 1) < PATH_MAX;
}

/*
 * A kill at a chosen moment: once the program sets UNSYNCED_ARMED in its environment (right before
 * the operation under test), each record counts, and the one numbered UNSYNCED_KILL_AT is the last:
 * a write or rename it records never happens, a sync it records did. Without a number, the count
 * is written to the log's ".events" file at exit, so a test knows how many moments there are.
 */
static unsigned long events;

static void counted(void) {
  if (!getenv("UNSYNCED_ARMED")) return;
  events += 1;
  const char *kill_at = getenv("UNSYNCED_KILL_AT");
  if (kill_at && strtoul(kill_at, NULL, 10) == events) raise(SIGKILL);
}

__attribute__((destructor)) static void report_events(void) {
  char path[PATH_MAX + 16], count[32];
  if (!events || snprintf(path, sizeof path, "%s.events", log_path) >= (int)sizeof path) return;
  int fd = real_openat64(AT_FDCWD, path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return;
  int n = snprintf(count, sizeof count, "%lu\n", events);
  real_write(fd, count, (size_t)n);
  close(fd);
}

static void append(struct header *h, const void *image, const char *p1, const char *p2, const char *p3) {
  h->path1 = p1 ? strlen(p1) : 0;
  h->path2 = p2 ? strlen(p2) : 0;
  h->path3 = p3 ? strlen(p3) : 0;
  size_t total = sizeof *h + h->image + h->path1 + h->path2 + h->path3;
  char *buffer = malloc(total);
  if (!buffer) undo_fail("out of memory");
  char *at = buffer;
  memcpy(at, h, sizeof *h), at += sizeof *h;
  if (h->image) memcpy(at, image, h->image), at += h->image;
  if (h->path1) memcpy(at, p1, h->path1), at += h->path1;
  if (h->path2) memcpy(at, p2, h->path2), at += h->path2;
  if (h->path3) memcpy(at, p3, h->path3);
  /* One write per record: appended whole, so records of threads and processes never interleave. */
  ssize_t written = real_write(log_fd, buffer, total);
  free(buffer);
  if (written != (ssize_t)total) undo_fail("writing the undo log");
  counted();
}

static struct touched *touched_of(const struct stat *st, int create) {
  for (size_t i = 0; i < file_count; i++) {
    if (files[i].dev == st->st_dev && files[i].ino == st->st_ino) return &files[i];
  }
  if (!create) return NULL;
  if (file_count == file_capacity) {
    file_capacity = file_capacity ? file_capacity * 2 : 16;
    files = realloc(files, file_capacity * sizeof *files);
    if (!files) undo_fail("out of memory");
  }
  files[file_count] = (struct touched){st->st_dev, st->st_ino, NULL, 0, 0};
  return &files[file_count++];
}

static void forget(const struct stat *st) {
  struct touched *t = touched_of(st, 0);
  if (t) t->count = 0;
}

static void mark(struct touched *t, off_t from, off_t to) {
  if (t->count == t->capacity) {
    t->capacity = t->capacity ? t->capacity * 2 : 16;
    t->ranges = realloc(t->ranges, t->capacity * sizeof *t->ranges);
    if (!t->ranges) undo_fail("out of memory");
  }
  t->ranges[t->count++] = (struct range){from, to};
}

/* A write-only fd cannot be read from: the file is read through a second fd of its own. */
static int read_range(int fd, char *image, size_t length, off_t start) {
  int reader = fd, flags = fcntl(fd, F_GETFL);
  if ((flags & O_ACCMODE) == O_WRONLY) {
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    reader = real_openat64(AT_FDCWD, link, O_RDONLY | O_CLOEXEC);
    if (reader < 0) return 0;
  }
  ssize_t n = pread(reader, image, length, start);
  if (reader != fd) close(reader);
  return n == (ssize_t)length;
}

void undo_remember(int fd, const struct stat *st, off_t from, off_t to) {
  if (to <= from) return;
  struct touched *t = touched_of(st, 1);
  /* Untouched pieces, found by cutting every touched range out of [from, to). */
  size_t count = 1, capacity = 8;
  struct range *pieces = malloc(capacity * sizeof *pieces);
  if (!pieces) undo_fail("out of memory");
  pieces[0] = (struct range){from, to};
  for (size_t r = 0; r < t->count; r++) {
    struct range cut = t->ranges[r];
    for (size_t p = 0; p < count; p++) {
      struct range piece = pieces[p];
      if (cut.to <= piece.from || cut.from >= piece.to) continue;
      int left = cut.from > piece.from, right = cut.to < piece.to;
      if (left && right) {
        if (count == capacity) {
          capacity *= 2;
          pieces = realloc(pieces, capacity * sizeof *pieces);
          if (!pieces) undo_fail("out of memory");
        }
        pieces[p].to = cut.from;
        pieces[count++] = (struct range){cut.to, piece.to};
      } else if (left) {
        pieces[p].to = cut.from;
      } else if (right) {
        pieces[p].from = cut.to;
      } else {
        pieces[p--] = pieces[--count];
      }
    }
  }
  for (size_t p = 0; p < count; p++) {
    off_t start = pieces[p].from, end = pieces[p].to < st->st_size ? pieces[p].to : st->st_size;
    size_t length = end > start ? (size_t)(end - start) : 0;
    char *image = length ? malloc(length) : NULL;
    if (length && !image) undo_fail("out of memory");
    if (length && !read_range(fd, image, length, start)) undo_fail("reading what a write replaces");
    struct header h = {DATA, st->st_dev, st->st_ino, (uint64_t)start, (uint64_t)st->st_size, length, 0, 0, 0};
    append(&h, image, NULL, NULL, NULL);
    free(image);
  }
  free(pieces);
  mark(t, from, to);
}

void undo_synced(const struct stat *st) {
  struct header h = {S_ISDIR(st->st_mode) ? DIRSYNC : SYNC, st->st_dev, st->st_ino, 0, 0, 0, 0, 0, 0};
  append(&h, NULL, NULL, NULL, NULL);
  forget(st);
}

void undo_removed(const struct stat *st) {
  struct header h = {FORGET, st->st_dev, st->st_ino, 0, 0, 0, 0, 0, 0};
  append(&h, NULL, NULL, NULL, NULL);
  forget(st);
}

void undo_renaming(const char *source, const char *target) {
  char grave[PATH_MAX + 64] = "", parent[PATH_MAX];
  struct stat replaced, folder, moved;
  if (lstat(source, &moved) != 0) return;
  if (lstat(target, &replaced) == 0 && S_ISREG(replaced.st_mode)) {
    snprintf(grave, sizeof grave, "%s.graves/%d-%lu", log_path, getpid(), graves++);
    if (link(target, grave) != 0) undo_fail("keeping the file a rename replaces");
  }
  snprintf(parent, sizeof parent, "%s", target);
  *strrchr(parent, '/') = '\0';
  if (stat(parent, &folder) != 0) undo_fail("reading the folder a rename writes to");
  /* offset and size carry the moved inode, so replay undoes only a rename that happened. */
  struct header h = {RENAME, folder.st_dev, folder.st_ino, moved.st_ino, moved.st_dev, 0, 0, 0, 0};
  append(&h, NULL, source, target, grave[0] ? grave : NULL);
}
