#!/usr/bin/env python3
"""Where the time of `docxforms extract` and `docxforms dump --text` goes, by
library and by phase, from a sampling profile over the benchmark forms.

    python3 Benchmarks/profile.py [N]     (default 200 forms; needs perf: apt-get install linux-perf)

Uses the release build and the forms `bench.py` made (run it first). Records
each command with `perf record -e cpu-clock --call-graph dwarf` over the first
N forms, one job, and the C baseline likewise, then prints two tables per
command as percentages of its samples:

- by library: the library of the sampled instruction (libxml2, zlib, libc,
  the Swift runtime, docxforms' own code);
- by phase: what the sample was doing, from the frames of its stack —
  inflating the parts (ZipArchive), parsing XML inside libxml2, handing
  libxml2's events to Swift (XMLStream), building the model (the story
  parser's start and end tags), converting the model into a record
  (FormConverter), writing the output, and the rest (start-up, freeing).

The phase of a sample is the first of these whose frame is on its stack, in
the order listed, so a sample in libc under the story parser counts as model
building. Only percentages are compared: the sample counts depend on the
machine's load.
"""
import collections
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(ROOT, ".build-bench")

# (phase, pattern on a frame's symbol), first match wins, checked in order.
PHASES = [
    ("model: start tags", re.compile(r"StoryParserC12startElement")),
    ("model: end tags and text", re.compile(r"StoryParserC10endElement|StoryParserC10characters")),
    ("conversion", re.compile(r"FeedbackForm0B9Converter|FeedbackForm0B7Reading")),
    ("output", re.compile(r"JSONOutput|RecordStream|PlainText|CSVWriter|FileDescriptorWriter")),
    ("zip: inflate and copy", re.compile(r"ZipArchive|zip_fread|zip_source_read")),
]
XML_PARSE = re.compile(r"ParseContextC3run|xmlParseChunk")


def stacks(perf_data):
    """Each sample as a list of (symbol, library) frames, innermost first."""
    script = subprocess.run(["perf", "script", "-i", perf_data, "-F", "ip,sym,dso"],
                            capture_output=True, text=True, check=True).stdout
    frames = []
    for line in script.splitlines():
        if not line.strip():
            if frames:
                yield frames
            frames = []
            continue
        match = re.match(r"\s*\S+\s+(.*?)\s*\(([^()]*)\)\s*$", line)
        if match:
            frames.append((match.group(1), os.path.basename(match.group(2))))
    if frames:
        yield frames


def library(name):
    for key, label in (("libxml2", "libxml2"), ("libz.", "zlib"), ("libzip", "libzip"), ("libc.", "libc (malloc, memcpy…)"),
                       ("libswift", "Swift runtime and standard library"), ("kernel", "kernel"), ("ld-linux", "dynamic loader")):
        if key in name:
            return label
    return "docxforms' own code" if name.startswith("docxforms") or name == "baseline" else name or "?"


def resolved(frames):
    """The frames with inlined ones given the library of the frame they were
    inlined into."""
    out, pending = [], []
    for symbol, name in frames:
        pending.append(symbol)
        if name != "inlined":
            out += [(s, name) for s in pending]
            pending = []
    return out + [(s, "?") for s in pending]


def phase(frames):
    for label, pattern in PHASES:
        if any(pattern.search(symbol) for symbol, _ in frames):
            return label
    if any(XML_PARSE.search(symbol) for symbol, _ in frames):
        # Inside the parse: libxml2's own work, or the Swift code it calls
        # back into (the innermost frame that is either decides).
        for symbol, name in frames:
            if "libxml2" in name:
                return "XML: libxml2 parsing"
            if symbol.startswith("$s9XMLStream"):
                return "XML: events to Swift (XMLStream)"
        return "XML: libxml2 parsing"
    return "rest: start-up, freeing, reading the files"


def profile(label, command, data):
    subprocess.run(["perf", "record", "-q", "-e", "cpu-clock", "-F", "2000", "--call-graph", "dwarf,16384",
                    "-o", data, "--"] + command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    libraries, phases, total = collections.Counter(), collections.Counter(), 0
    for frames in stacks(data):
        frames = resolved(frames)
        total += 1
        libraries[library(frames[0][1])] += 1
        phases[phase(frames)] += 1
    print(f"\n{label} ({total:,} samples)\n")
    print("| by library | share |   | by phase | share |")
    print("|---|---:|---|---|---:|")
    left, right = libraries.most_common(), phases.most_common()
    for i in range(max(len(left), len(right))):
        a = f"{left[i][0]} | {100 * left[i][1] / total:.1f} %" if i < len(left) else " | "
        b = f"{right[i][0]} | {100 * right[i][1] / total:.1f} %" if i < len(right) else " | "
        print(f"| {a} |   | {b} |")


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    forms = os.path.join(WORK, "forms-2")
    binary = os.path.join(ROOT, ".build", "release", "docxforms")
    baseline = os.path.join(WORK, "baseline")
    if not (os.path.isdir(forms) and os.path.exists(binary) and os.path.exists(baseline)):
        raise SystemExit("run Benchmarks/bench.py first: it builds docxforms and the baseline and makes the forms")
    files = [os.path.join(forms, f"form-{i:04d}.docx") for i in range(n)]
    missing = [f for f in files if not os.path.exists(f)]
    if missing:
        raise SystemExit(f"only {n - len(missing)} forms in {forms}: run Benchmarks/bench.py {n}")
    data = os.path.join(WORK, "profile.data")
    print(f"{n} forms, one job; percentages of each command's samples")
    profile("C baseline", [baseline] + files, data)
    profile("docxforms dump --text", [binary, "dump", "--text"] + files, data)
    profile("docxforms extract --jobs 1 (NDJSON)", [binary, "extract", "--format", "ndjson", "--jobs", "1"] + files, data)
    os.remove(data)


if __name__ == "__main__":
    main()
