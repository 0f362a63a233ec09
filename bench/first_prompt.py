#!/usr/bin/env python3
"""Times interactive shells from start to their first prompt, each on a pseudo-terminal of its own.

Usage: first_prompt.py RUNS PATTERN=COMMAND [PATTERN=COMMAND ...]

Each run starts every COMMAND in turn (interleaved, so that a machine growing busier or quieter
shifts them alike) through `sh -c` on a new 120x30 pseudo-terminal, and reads what it writes until
PATTERN appears. The time from the fork to the read that completed PATTERN is one sample; the shell
is then killed. Prints, per command, the median, the lowest and the highest sample in milliseconds, as
`median_ms=... min_ms=... max_ms=... COMMAND`, one line each, in the order given.

Why a pseudo-terminal read rather than polling a tmux pane: the reader sleeps in select() until the
shell writes, so the time is that of the write itself, and the measurement takes no CPU while the shell
starts. A poller that runs `tmux capture-pane | grep` every 10 ms starts about a hundred processes a
second, which on a two-core machine slow a start that uses both cores (a JVM: its compiler and the
application threads) more than a single-threaded one.
"""
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import termios
import time

TIMEOUT_S = 30


def first_prompt_ms(command, pattern):
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 30, 120, 0, 0))
        os.execvp('sh', ['sh', '-c', 'exec ' + command])
    seen = b''
    try:
        while pattern not in seen:
            ready, _, _ = select.select([fd], [], [], max(0.0, start + TIMEOUT_S - time.monotonic()))
            if not ready:
                raise SystemExit('first_prompt: no %r within %d s from: %s' % (pattern.decode(), TIMEOUT_S, command))
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b''
            if not chunk:
                raise SystemExit('first_prompt: %s ended before its prompt; it wrote: %r' % (command, seen[-500:]))
            seen += chunk
        return (time.monotonic() - start) * 1000
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)


def main(argv):
    if len(argv) < 3 or not argv[1].isdigit() or any('=' not in a for a in argv[2:]):
        raise SystemExit(__doc__.split('\n\n')[1])
    runs = int(argv[1])
    shells = [tuple(a.split('=', 1)) for a in argv[2:]]
    samples = {command: [] for _, command in shells}
    for _ in range(runs):
        for pattern, command in shells:
            samples[command].append(first_prompt_ms(command, pattern.encode()))
            time.sleep(0.2)  # let the killed shell's exit finish before the next start
    for _, command in shells:
        values = samples[command]
        print('median_ms=%.0f min_ms=%.0f max_ms=%.0f %s'
              % (statistics.median(values), min(values), max(values), command))


if __name__ == '__main__':
    main(sys.argv)
