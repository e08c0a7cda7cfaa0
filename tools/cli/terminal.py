"""Runs the capartner command on a pseudo-terminal, as an interactive user
does: its text output then draws the box table at the terminal's width. Used
by update-docs.py and tests/cli/test_formats.py."""

import os
import pty
import subprocess


def run_in_terminal(binary, args, columns, env=None):
    """(exit status, standard output) of binary run with COLUMNS=columns (and
    the environment env, or this one)."""
    master, slave = pty.openpty()
    env = dict(env if env is not None else os.environ, COLUMNS=str(columns))
    process = subprocess.Popen([binary] + args, stdout=slave, stderr=subprocess.PIPE, env=env)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # Linux: EIO once the program has exited and closed it
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=60)
    os.close(master)
    return process.returncode, b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
