#!/usr/bin/env python3
"""Time from spawning the shell in a new pseudo-terminal until its prompt appears.

usage: pty_first_prompt.py BIN [RUNS] [HISTORY_FILE]
Prints one line: runs, mean, median, min, max in milliseconds. The shell gets LICENSELAB_HISTORY
(empty: in-memory history) and is closed with Ctrl-D after the prompt is seen.
"""
import os, pty, select, statistics, sys, time, re

PROMPT = re.compile(rb"PS [^\r\n]*> ")


def once(binary, history):
    env = dict(os.environ, LICENSELAB_HISTORY=history, TERM=os.environ.get("TERM", "xterm"))
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(binary, [binary], env)
    seen = b""
    elapsed = None
    deadline = start + 10
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if PROMPT.search(seen):
            elapsed = (time.perf_counter() - start) * 1000
            break
    try:
        os.write(fd, b"\x04")
    except OSError:
        pass
    for _ in range(100):
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.01)
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
    os.close(fd)
    if elapsed is None:
        raise SystemExit("no prompt seen; output was: %r" % seen[-300:])
    return elapsed


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    binary = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    history = sys.argv[3] if len(sys.argv) > 3 else ""
    once(binary, history)  # warm the page cache
    times = [once(binary, history) for _ in range(runs)]
    print("%d runs: mean %.1f ms, median %.1f ms, min %.1f ms, max %.1f ms"
          % (runs, statistics.mean(times), statistics.median(times), min(times), max(times)))


main()
