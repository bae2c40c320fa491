#!/usr/bin/env python3
"""Time `docxforms dump` on generated forms, side by side with the tools a user
would otherwise use, on the same files in the same run.

    python3 Benchmarks/bench.py [N]     (default 1000 forms; see Benchmarks/README.md)

Builds docxforms in release mode and the C baseline, generates N forms with
make_forms.py into .build-bench/forms (reused when already there), then runs
each tool over all forms in one process, three times, keeping the fastest run.
Reports forms/second, ms/form, the ratio to the C baseline and peak memory.
"""
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(ROOT, ".build-bench")
REPEAT = 3

PYTHON_DOCX = r'''
import sys, docx
from docx.oxml.ns import qn
for path in sys.argv[1:]:
    d = docx.Document(path)
    text = [p.text for p in d.paragraphs]
    cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
    boxes = [e.get(qn("w14:val")) for e in d.element.body.iter(qn("w14:checked"))]
'''


def sh(*cmd, **kw):
    subprocess.run(cmd, check=True, **kw)


def measure(cmd):
    """Best wall time of REPEAT runs, and the peak RSS (MiB) seen."""
    best, peak = float("inf"), 0
    for _ in range(REPEAT):
        start = time.monotonic()
        with open(os.devnull, "wb") as null:
            proc = subprocess.Popen(cmd, stdout=null, stderr=subprocess.PIPE)
            _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.monotonic() - start
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"failed: {cmd[:3]}… {proc.stderr.read().decode()[:300]}")
        best, peak = min(best, elapsed), max(peak, usage.ru_maxrss / 1024)
    return best, peak


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    forms = os.path.join(WORK, "forms")
    os.makedirs(WORK, exist_ok=True)
    existing = sorted(f for f in os.listdir(forms)) if os.path.isdir(forms) else []
    if len(existing) < n:
        sh(sys.executable, os.path.join(HERE, "make_forms.py"), forms, str(n))
    files = [os.path.join(forms, f"form-{i:04d}.docx") for i in range(n)]
    sh("swift", "build", "-c", "release", "--product", "docxforms", cwd=ROOT, stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build", "release", "docxforms")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libzip", "libxml-2.0"], capture_output=True, text=True, check=True).stdout.split()
    baseline = os.path.join(WORK, "baseline")
    sh("cc", "-O2", os.path.join(HERE, "baseline.c"), *flags, "-o", baseline)

    size = sum(os.path.getsize(f) for f in files) / n / 1024
    print(f"{n} forms, {size:.0f} KB each on average; best of {REPEAT} runs; one process per tool over all files\n")
    rows = [("C baseline: libzip + libxml2 SAX2, text only", [baseline] + files),
            ("docxforms dump (full model, JSON)", [binary, "dump"] + files),
            ("docxforms dump --text", [binary, "dump", "--text"] + files)]
    try:
        import docx  # noqa: F401
        rows.append(("python-docx: paragraphs, cells, checkboxes", [sys.executable, "-c", PYTHON_DOCX] + files))
    except ImportError:
        print("(python-docx not installed: pip install python-docx to compare with it)\n")
    results = []
    for label, cmd in rows:
        seconds, peak = measure(cmd)
        results.append((label, seconds, peak))
    base = results[0][1]
    print(f"| tool | forms/s | ms/form | time vs C baseline | peak memory |")
    print(f"|---|---:|---:|---:|---:|")
    for label, seconds, peak in results:
        print(f"| {label} | {n / seconds:,.0f} | {1000 * seconds / n:.2f} | {seconds / base:.2f}× | {peak:.0f} MiB |")


if __name__ == "__main__":
    main()
