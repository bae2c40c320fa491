#!/usr/bin/env python3
"""Runs docxforms on every adversarial input of Fixtures/make_hostile.py and
checks that each ends quickly, in bounded memory, with the answer it should
give: a clear error naming the file (with the expected error code), or a
record where the input is valid. Also checks that no input is modified and
that the content of the local file the XXE inputs point at never appears.

    python3 Tests/Hostile/check.py BINARY [--seconds 2] [--megabytes 200]
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "Fixtures"))
import make_hostile  # noqa: E402


def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--megabytes", type=float, default=200.0)
    args = parser.parse_args()
    failures = []
    with tempfile.TemporaryDirectory() as work:
        secret = os.path.join(work, "secret.txt")
        marker = "GEHEIM-" + os.urandom(8).hex()
        with open(secret, "w") as f:
            f.write(marker + "\n")
        inputs = os.path.join(work, "inputs")
        subprocess.run([sys.executable, os.path.join(HERE, "..", "..", "Fixtures", "make_hostile.py"), inputs, secret],
                       check=True, stderr=subprocess.DEVNULL)
        before = {name: digest(os.path.join(inputs, name)) for name in make_hostile.CASES}
        print(f"{'input':36} {'answer':22} {'seconds':>8} {'peak MiB':>9}")
        for name, expected in make_hostile.CASES.items():
            path = os.path.join(inputs, name)
            # The peak resident size of this one child: wait4 gives it per process.
            started = time.monotonic()
            process = subprocess.Popen([args.binary, "convert", path], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            out, err = process.stdout.read(), process.stderr.read()
            _, status, usage = os.wait4(process.pid, 0)
            elapsed = time.monotonic() - started
            code = os.waitstatus_to_exitcode(status)
            peak = usage.ru_maxrss / 1024
            out, err = out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
            try:
                entry = json.loads(out)
            except ValueError:
                entry = {}
            answer = entry.get("error", {}).get("code") if "error" in entry else ("record" if code == 0 and "outcomes" in entry else f"exit {code}")
            print(f"{name:36} {answer:22} {elapsed:8.2f} {peak:9.0f}")
            problems = []
            if answer != expected:
                problems.append(f"answered {answer}, expected {expected}")
            if expected != "record" and not err.startswith(f"docxforms: {path}: "):
                problems.append(f"the error does not name the file: {err[:200]!r}")
            if code < 0:
                problems.append(f"killed by signal {-code}")
            if elapsed >= args.seconds:
                problems.append(f"took {elapsed:.2f} s (limit {args.seconds})")
            if peak >= args.megabytes:
                problems.append(f"peak memory {peak:.0f} MiB (limit {args.megabytes})")
            if marker in out or marker in err:
                problems.append("the local file's content reached the output")
            failures += [f"{name}: {p}" for p in problems]
        for name, value in before.items():
            if digest(os.path.join(inputs, name)) != value:
                failures.append(f"{name}: the input was modified")
    if failures:
        print("\n".join(["", "FAILED:"] + failures), file=sys.stderr)
        sys.exit(1)
    print(f"\n{len(make_hostile.CASES)} hostile inputs: each answered as expected, under {args.seconds:g} s and "
          f"{args.megabytes:g} MiB; inputs unchanged; the local file never reached the output")


if __name__ == "__main__":
    main()
