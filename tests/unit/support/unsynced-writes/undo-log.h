/* The undo log of unsynced-writes.c: what it records, and where it watches. See that file. */
#ifndef UNDO_LOG_H
#define UNDO_LOG_H
#include <sys/stat.h>
#include <sys/types.h>

/* Opens the log named by UNSYNCED_LOG for the folder UNSYNCED_DIR; without both, nothing is watched. */
void undo_open(void);
int undo_watching(void);
int undo_inside(const char *path);
int undo_fd_path(int fd, char *path);
/* `path` relative to `dirfd`, made absolute with its folder's real path (the file may not exist). */
int undo_absolute(int dirfd, const char *path, char *out);
/* A regular file under the watched folder whose writes are not synchronous by themselves. */
int undo_watched_file(int fd, struct stat *st);
/* Records what [from, to) holds now, except where it was already recorded since the last sync. */
void undo_remember(int fd, const struct stat *st, off_t from, off_t to);
/* The file (or folder) was synced: what came before is on the disk. */
void undo_synced(const struct stat *st);
/* The inode may be reused by a new file: what was recorded for it is void. */
void undo_removed(const struct stat *st);
/* Before a rename: keeps what it replaces, and records it until the destination folder is synced. */
void undo_renaming(const char *source, const char *target);
/* Without the log nothing can be undone, so a test must not go on as if it could. */
void undo_fail(const char *what);
#endif
