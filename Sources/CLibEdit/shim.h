// libedit's native API (histedit.h) for Swift. el_set/el_get/history are C variadic functions,
// which Swift cannot call, so each use gets a fixed-signature static inline wrapper here.
#ifndef CLIBEDIT_SHIM_H
#define CLIBEDIT_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <signal.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <locale.h>
#include <pthread.h>
#include <poll.h>
#include <wchar.h>
#include <stdlib.h>
#include <limits.h>

typedef char *(*cle_prompt_fn)(EditLine *);
typedef unsigned char (*cle_command_fn)(EditLine *, int);

static inline EditLine *cle_init(const char *program) { return el_init(program, stdin, stdout, stderr); }
static inline int cle_set_prompt(EditLine *el, cle_prompt_fn f) { return el_set(el, EL_PROMPT, f); }
static inline int cle_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int cle_set_hist(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int cle_add_fn(EditLine *el, const char *name, const char *help, cle_command_fn f) {
    return el_set(el, EL_ADDFN, name, help, f);
}
static inline int cle_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}
static inline int cle_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *cle_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int cle_source_editrc(EditLine *el) { return el_source(el, NULL); }
static inline int cle_line_cursor(EditLine *el) {
    const LineInfo *li = el_line(el);
    return (int)(li->cursor - li->buffer);
}
static inline int cle_line_length(EditLine *el) {
    const LineInfo *li = el_line(el);
    return (int)(li->lastchar - li->buffer);
}
static inline int cle_wline_cursor(EditLine *el) {
    const LineInfoW *li = el_wline(el);
    return (int)(li->cursor - li->buffer);
}
static inline int cle_wline_length(EditLine *el) {
    const LineInfoW *li = el_wline(el);
    return (int)(li->lastchar - li->buffer);
}
static inline const char *cle_line_buffer(EditLine *el) { return el_line(el)->buffer; }

static inline History *cle_hist_init(void) { return history_init(); }
static inline int cle_hist_setsize(History *h, int n) { HistEvent ev; return history(h, &ev, H_SETSIZE, n); }
static inline int cle_hist_enter(History *h, const char *line) { HistEvent ev; return history(h, &ev, H_ENTER, line); }
static inline int cle_hist_clear(History *h) { HistEvent ev; return history(h, &ev, H_CLEAR); }

// Ctrl-C: the handler writes one byte to a pipe that a watcher thread reads (the only async-signal-safe
// way to reach Swift code), and it is installed without SA_RESTART so that a blocked el_gets returns
// NULL with errno EINTR. The descriptor lives in this header's own static (one copy: only LineEditor
// includes it).
static int cle_interrupt_fd = -1;
static void cle_on_sigint(int sig) {
    (void)sig;
    int saved = errno;
    if (cle_interrupt_fd >= 0) {
        char c = 'i';
        ssize_t r = write(cle_interrupt_fd, &c, 1);
        (void)r;
    }
    errno = saved;
}
static inline int cle_install_sigint(int write_fd) {
    cle_interrupt_fd = write_fd;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = cle_on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    return sigaction(SIGINT, &sa, NULL);
}
static inline int cle_block_sigint_in_this_thread(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    return pthread_sigmask(SIG_BLOCK, &set, NULL);
}
static inline void cle_set_ctype_locale(void) { setlocale(LC_CTYPE, ""); }

// Terminal resizes. SIGWINCH writes a byte to a pipe (installed with SA_RESTART: a command's reads
// are not disturbed); while a line is read, the read function below waits on the terminal and on
// that pipe together, and on a resize calls the hook, which redraws the line at the new width, then
// goes on waiting. A Ctrl-C while waiting makes the read fail with EINTR, as libedit's own does: a
// wait interrupted with no resize pending was interrupted by SIGINT. (No state is shared with the
// SIGINT handler: Swift may compile the files that use this header's statics separately, each
// with its own copy.)
typedef void (*cle_resize_fn)(EditLine *);
static int cle_resize_read_fd = -1;
static int cle_resize_write_fd = -1;
static cle_resize_fn cle_resize_hook = NULL;
static void cle_on_sigwinch(int sig) {
    (void)sig;
    int saved = errno;
    if (cle_resize_write_fd >= 0) {
        char c = 'w';
        ssize_t r = write(cle_resize_write_fd, &c, 1);
        (void)r;
    }
    errno = saved;
}
/// Drains the resize pipe; whether a resize had happened.
static inline int cle_take_resize(void) {
    if (cle_resize_read_fd < 0) return 0;
    char buf[64];
    int any = 0;
    for (;;) {
        ssize_t n = read(cle_resize_read_fd, buf, sizeof buf);
        if (n > 0) { any = 1; continue; }
        if (n < 0 && errno == EINTR) continue;
        return any;
    }
}
static int cle_read_char(EditLine *el, wchar_t *out) {
    mbstate_t state;
    memset(&state, 0, sizeof state);
    char bytes[MB_LEN_MAX];
    size_t have = 0;
    for (;;) {
        struct pollfd fds[2];
        fds[0].fd = STDIN_FILENO; fds[0].events = POLLIN; fds[0].revents = 0;
        fds[1].fd = cle_resize_read_fd; fds[1].events = POLLIN; fds[1].revents = 0;
        int ready = poll(fds, cle_resize_read_fd >= 0 ? 2 : 1, -1);
        if (ready < 0) {
            if (errno != EINTR) return -1;
            struct pollfd pending;
            pending.fd = cle_resize_read_fd; pending.events = POLLIN; pending.revents = 0;
            if (cle_resize_read_fd >= 0 && poll(&pending, 1, 0) == 1) continue;   // a resize: handled next turn
            errno = EINTR;
            return -1;
        }
        if (cle_resize_read_fd >= 0 && (fds[1].revents & POLLIN)) {
            if (cle_take_resize() && cle_resize_hook != NULL && have == 0) cle_resize_hook(el);
            if (!(fds[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        }
        char b;
        ssize_t n = read(STDIN_FILENO, &b, 1);
        if (n < 0) {
            if (errno == EAGAIN) continue;
            return -1;
        }
        if (n == 0) return 0;
        bytes[have++] = b;
        wchar_t wc;
        size_t r = mbrtowc(&wc, bytes, have, &state);
        if (r == (size_t)-2 && have < sizeof bytes) continue;    // an incomplete sequence: read on
        if (r == (size_t)-1 || r == (size_t)-2) {                  // not valid: the first byte as is
            *out = (wchar_t)(unsigned char)bytes[0];
            return 1;
        }
        *out = (r == 0) ? L'\0' : wc;
        return 1;
    }
}
static inline int cle_install_resize(EditLine *el, int read_fd, int write_fd, cle_resize_fn hook) {
    cle_resize_read_fd = read_fd;
    cle_resize_write_fd = write_fd;
    cle_resize_hook = hook;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = cle_on_sigwinch;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    if (sigaction(SIGWINCH, &sa, NULL) != 0) return -1;
    return el_set(el, EL_GETCFN, cle_read_char);
}
static inline int cle_refresh(EditLine *el) { return el_set(el, EL_REFRESH); }
/// Whether more input arrives within `ms` milliseconds (after ESC: a key's escape sequence).
static inline int cle_input_pending(int ms) {
    struct pollfd fd;
    fd.fd = STDIN_FILENO; fd.events = POLLIN; fd.revents = 0;
    return poll(&fd, 1, ms) == 1;
}
static inline int cle_wcwidth(wchar_t c) { return wcwidth(c); }

#endif
