#!/usr/bin/env python3
"""Time `docxforms extract` and `docxforms dump` on generated forms, side by
side with the tools a user would otherwise use, on the same files in the same run.

    python3 Benchmarks/bench.py [N]     (default 1000 forms; see Benchmarks/README.md)

Builds docxforms in release mode as the package ships it (Swift runtime linked in
statically; the usual shared-runtime build is timed beside it) and the C baseline, generates N forms with
make_forms.py into .build-bench/forms-2 (reused when already there), then runs
each tool over all forms in one process, five times (DOCXFORMS_BENCH_ROUNDS; round by
round, every tool once per round), keeping the fastest wall and CPU time and the median
of the rounds' CPU ratios to the baseline.
The Python scripts are slow enough that they run once over the first SAMPLE
forms; their rate per form is what is compared. Reports forms/second, ms/form
and CPU ms/form (user + system time of the processes: what a core spends, less
disturbed by a shared machine than wall time), their ratios to the C baseline,
peak memory, and scaling from one to two cores.
"""
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(ROOT, ".build-bench")
# Rounds: DOCXFORMS_BENCH_ROUNDS, else 5 (a shared machine needs more than three).
REPEAT = int(os.environ.get("DOCXFORMS_BENCH_ROUNDS", "5"))
SAMPLE = 100

PYTHON_DOCX = r'''
import sys, docx
from docx.oxml.ns import qn
for path in sys.argv[1:]:
    d = docx.Document(path)
    text = [p.text for p in d.paragraphs]
    cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
    boxes = [e.get(qn("w14:val")) for e in d.element.body.iter(qn("w14:checked"))]
'''

# What a member of staff would script for bulk extraction with python-docx: every
# content control's tag with its value (a checkbox's state, else its text), one
# JSON line per form.
PYTHON_DOCX_EXTRACT = r'''
import sys, json, docx
from docx.oxml.ns import qn
W14_CHECKED = "{http://schemas.microsoft.com/office/word/2010/wordml}checked"
W14_VAL = "{http://schemas.microsoft.com/office/word/2010/wordml}val"
for path in sys.argv[1:]:
    body = docx.Document(path).element.body
    fields = {}
    for sdt in body.iter(qn("w:sdt")):
        pr = sdt.find(qn("w:sdtPr"))
        tag = pr.find(qn("w:tag")) if pr is not None else None
        if tag is None:
            continue
        checked = pr.find(".//" + W14_CHECKED)
        if checked is not None:
            fields[tag.get(qn("w:val"))] = checked.get(W14_VAL) in ("1", "true")
        else:
            content = sdt.find(qn("w:sdtContent"))
            fields[tag.get(qn("w:val"))] = "".join(t.text or "" for t in content.iter(qn("w:t")))
    print(json.dumps({"source": path, "fields": fields}, ensure_ascii=False))
'''

# The same with docx2python: its nested lists of tables, rows, cells and
# paragraphs, read as label (first cell) → value (the other cells), one JSON
# line per form.
DOCX2PYTHON_EXTRACT = r'''
import sys, json
from docx2python import docx2python
for path in sys.argv[1:]:
    fields = {}
    with docx2python(path) as doc:
        for table in doc.body:
            for row in table:
                cells = ["\n".join(p for p in cell if p) for cell in row]
                if len(cells) > 1 and cells[0]:
                    fields[cells[0]] = cells[1:]
    print(json.dumps({"source": path, "fields": fields}, ensure_ascii=False))
'''


def sh(*cmd, **kw):
    subprocess.run(cmd, check=True, **kw)


def measure(cmds):
    """One run of the commands, all started at once: the wall time, the CPU
    time (user + system) and page faults of all of them, and the largest peak
    RSS (MiB)."""
    start, cpu, faults, peak = time.monotonic(), 0.0, 0, 0
    with open(os.devnull, "wb") as null:
        procs = [subprocess.Popen(cmd, stdout=null, stderr=subprocess.PIPE) for cmd in cmds]
        for proc, cmd in zip(procs, cmds):
            _, status, usage = os.wait4(proc.pid, 0)
            if os.waitstatus_to_exitcode(status) != 0:
                raise SystemExit(f"failed: {cmd[:3]}… {proc.stderr.read().decode()[:300]}")
            cpu += usage.ru_utime + usage.ru_stime
            faults += usage.ru_minflt + usage.ru_majflt
            peak = max(peak, usage.ru_maxrss / 1024)
    return time.monotonic() - start, cpu, faults, peak


def table(title, rows):
    """Runs the (label, commands, forms, repeat) rows round by round (every
    row once per round, so that the machine's drift falls on all of them
    alike), keeps each row's fastest wall and CPU time, and prints a Markdown
    table; the first row is the baseline. Beside the fastest, the median of the
    rounds' own ratios: each round's CPU time against the baseline's in the
    same round, so that one slow round on a shared machine moves neither.
    Returns wall and CPU time per form."""
    best = {label: [float("inf"), float("inf"), 0, 0] for label, *_ in rows}
    cpus = {label: [] for label, *_ in rows}
    for turn in range(max(r[3] for r in rows)):
        for label, cmds, forms, repeat in rows:
            if turn < repeat:
                wall, cpu, faults, peak = measure(cmds)
                # The page faults of the round with the least CPU time, beside that time.
                best[label] = [min(best[label][0], wall), min(best[label][1], cpu),
                               faults if cpu <= best[label][1] else best[label][2], max(best[label][3], peak)]
                cpus[label].append(cpu / forms)
    print(f"\n{title}\n")
    print("| tool | forms/s | ms/form | time vs C baseline (1 core) | CPU ms/form | CPU vs C baseline | median of rounds |"
          " page faults/form | peak memory |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    results = {}
    base_rounds = cpus[rows[0][0]]
    for label, cmds, forms, repeat in rows:
        wall, cpu, faults, peak = best[label]
        results[label] = (wall / forms, cpu / forms)
        base_wall, base_cpu = results[rows[0][0]]
        # A row run once (the Python scripts) has no median to give.
        median = statistics.median(mine / base for mine, base in zip(cpus[label], base_rounds)) if repeat > 1 else None
        print(f"| {label} | {forms / wall:,.0f} | {1000 * wall / forms:.2f} | {wall / forms / base_wall:.2f}× "
              f"| {1000 * cpu / forms:.2f} | {cpu / forms / base_cpu:.2f}× | {'—' if median is None else f'{median:.2f}×'} "
              f"| {faults / forms:.0f} | {peak:.0f} MiB |")
    return results


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    # A new name whenever make_forms.py changes what it writes: old forms are not reused.
    forms = os.path.join(WORK, "forms-2")
    os.makedirs(WORK, exist_ok=True)
    # The binary as the package ships it (.ci/package): the Swift runtime linked
    # in statically, in a build directory of its own. The usual `swift build`
    # (runtime as shared libraries, what profile.py reads) is timed beside it.
    sh("swift", "build", "-c", "release", "--product", "docxforms", "--static-swift-stdlib",
       "--scratch-path", os.path.join(ROOT, ".build-static"), cwd=ROOT, stdout=subprocess.DEVNULL)
    binary = os.path.join(ROOT, ".build-static", "release", "docxforms")
    sh("swift", "build", "-c", "release", "--product", "docxforms", cwd=ROOT, stdout=subprocess.DEVNULL)
    shared = os.path.join(ROOT, ".build", "release", "docxforms")
    existing = sorted(f for f in os.listdir(forms)) if os.path.isdir(forms) else []
    if len(existing) < n:
        catalogue = os.path.join(WORK, "catalogue.json")
        with open(catalogue, "w") as out:
            sh(binary, "catalogue", "--format", "json", stdout=out)
        sh(sys.executable, os.path.join(HERE, "make_forms.py"), forms, str(n), catalogue)
    files = [os.path.join(forms, f"form-{i:04d}.docx") for i in range(n)]
    sample = files[:min(SAMPLE, n)]
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libzip", "libxml-2.0"], capture_output=True, text=True, check=True).stdout.split()
    baseline = os.path.join(WORK, "baseline")
    sh("cc", "-O2", os.path.join(HERE, "baseline.c"), *flags, "-o", baseline)

    size = sum(os.path.getsize(f) for f in files) / n / 1024
    print(f"{n} forms, {size:.0f} KB each on average; {os.cpu_count()} cores; best of {REPEAT} runs;"
          f" Python scripts once over the first {len(sample)} forms")
    have = {}
    for module in ("docx", "docx2python"):
        try:
            __import__(module)
            have[module] = True
        except ImportError:
            print(f"({module} not installed: pip install {'python-docx' if module == 'docx' else module} to compare with it)")

    half = len(files) // 2
    extract = [binary, "extract", "--format", "ndjson"]
    rows = [("C baseline: libzip + libxml2 SAX2, text only", [[baseline] + files], n, REPEAT),
            ("C baseline, 2 processes", [[baseline] + files[:half], [baseline] + files[half:]], n, REPEAT),
            ("docxforms extract --jobs 1 (records, NDJSON)", [extract + ["--jobs", "1"] + files], n, REPEAT),
            ("docxforms extract --jobs 2", [extract + ["--jobs", "2"] + files], n, REPEAT),
            ("docxforms extract --jobs 2 --format csv", [[binary, "extract", "--format", "csv", "--jobs", "2"] + files], n, REPEAT),
            ("docxforms extract --jobs 1, Swift runtime as shared libraries", [[shared] + extract[1:] + ["--jobs", "1"] + files], n, REPEAT)]
    if "docx" in have:
        rows.append(("python-docx script: every control's tag and value", [[sys.executable, "-c", PYTHON_DOCX_EXTRACT] + sample], len(sample), 1))
    if "docx2python" in have:
        rows.append(("docx2python script: table labels and values", [[sys.executable, "-c", DOCX2PYTHON_EXTRACT] + sample], len(sample), 1))
    results = table("Bulk extraction (records from every form)", rows)
    (base, base_cpu), (one, one_cpu), (two, _) = results[rows[0][0]], results[rows[2][0]], results[rows[3][0]]
    print(f"\nextract: {one / base:.2f}× the C baseline per core ({one_cpu / base_cpu:.2f}× in CPU time);"
          f" 2 jobs {one / two:.2f}× as fast as 1 (C baseline: {base / results[rows[1][0]][0]:.2f}×)")
    for label in (r[0] for r in rows[6:]):
        print(f"extract --jobs 1 is {results[label][0] / one:.1f}× as fast as the {label.split(':')[0]}")

    *_, peak_small = measure([extract + ["--jobs", "2"] + sample])
    *_, peak_all = measure([extract + ["--jobs", "2"] + files])
    print(f"\nextract --jobs 2 peak memory: {peak_small:.0f} MiB for {len(sample)} forms, {peak_all:.0f} MiB for {n}")

    rows = [("C baseline: libzip + libxml2 SAX2, text only", [[baseline] + files], n, REPEAT),
            ("docxforms dump (full model, JSON)", [[binary, "dump"] + files], n, REPEAT),
            ("docxforms dump --text", [[binary, "dump", "--text"] + files], n, REPEAT),
            ("docxforms dump --text, Swift runtime as shared libraries", [[shared, "dump", "--text"] + files], n, REPEAT)]
    if "docx" in have:
        rows.append(("python-docx: paragraphs, cells, checkboxes", [[sys.executable, "-c", PYTHON_DOCX] + sample], len(sample), 1))
    table("Reading only (the document model, one core)", rows)


if __name__ == "__main__":
    main()
