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

#endif
