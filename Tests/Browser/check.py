#!/usr/bin/env python3
"""The web page of `docxforms serve` in a real browser, and its limits over HTTP.

Starts `docxforms serve --port 0` (any free port), then:
  - drives headless Chromium (Debian's chromium and chromium-driver, through
    Selenium): the keyboard reaches the file field; uploading a fixture shows
    the student, the moment, every outcome with its judgement and the
    indicators marked seen, and the validation findings in Dutch exactly as
    /api/validate gives them; a wild form's every diagnostic next to the
    field it concerns (worst first, with what to do), in Dutch, and after
    the page's language switch in English, as /api/convert?lang= gives them; the JSON and CSV downloads are the record (the
    CSV read back with Python's csv module); a .doc file shows the message the
    command line gives; a form dropped on the page is read too; the page loads
    nothing from elsewhere, and all its text has a contrast of 4.5:1 or more;
  - over plain HTTP: an upload over --max-upload gets 413 (also when sent
    chunked, without a length), one that trickles
    past --timeout gets 408, a broken file 422, a .doc 415;
  - nothing is stored (no new file in the server's working folder or TMPDIR)
    and nothing about a form is logged (the server's standard error holds
    its start line and one access line per request, with no file name).
With --nginx, all of it runs through nginx, with the example site of the
Debian package (.ci/debian/nginx-docxforms.conf) set to the same limits as the
server: the page, the API, 413 (nginx's own, which the page words as the
server's), 408; and nginx writes no request body to disk.

Screenshots of the result and of the error go to the folder given with
--screenshots (default .build/browser), for review.

Usage: Tests/Browser/check.py [--binary .build/debug/docxforms] [--screenshots DIR] [--nginx]
Needs: apt-get install chromium chromium-driver (and nginx for --nginx); pip install selenium.
"""
import argparse
import base64
import csv
import io
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parents[2]
FORM = ROOT / "Fixtures/forms/tagged-2.docx"
LEGACY = ROOT / "Fixtures/bad/legacy.doc"
TRUNCATED = ROOT / "Fixtures/bad/truncated.docx"
NO_FORM = ROOT / "Fixtures/wild/a-letter.docx"
BLANK = ROOT / "Fixtures/wild/blank-template.docx"
WILD = ROOT / "Fixtures/wild/values-with-extras.docx"
HEADER_FIELDS = {"student.name", "student.number", "subject", "moment", "date", "school", "supervisor"}
ORDER = {"error": 0, "warning": 1, "info": 2}
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def multipart(path, name=None):
    boundary = "----docxforms" + uuid.uuid4().hex
    head = (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name or path.name}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n").encode()
    return head + path.read_bytes() + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def post(base, endpoint, path, lang=None):
    body, content_type = multipart(path)
    url = base + endpoint + (("&" if "?" in endpoint else "?") + "lang=" + lang if lang else "")
    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def raw_status(port, head, body, pause=0.0):
    """Sends a request by hand (optionally stopping part-way) and returns the status line and the seconds it took."""
    start = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
        s.sendall(head)
        if body:
            try:
                s.sendall(body)
            except OSError:
                pass    # the server may answer and close before the whole body is sent
        answer = b""
        while b"\r\n" not in answer:
            chunk = s.recv(4096)
            if not chunk:
                break
            answer += chunk
    return answer.split(b"\r\n")[0].decode(), time.monotonic() - start


def start_nginx(upstream):
    """nginx with the package's example site, pointed at the server on `upstream`, with the
    limits the server was started with (1 MiB, 3 s); returns the process, its port and folder."""
    folder = Path(tempfile.mkdtemp(prefix="docxforms-nginx-"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        nginx_port = s.getsockname()[1]
    site = (ROOT / ".ci/debian/nginx-docxforms.conf").read_text()
    site = site.replace("listen 80;", f"listen 127.0.0.1:{nginx_port};").replace("127.0.0.1:8080", f"127.0.0.1:{upstream}")
    site = site.replace("client_max_body_size 20m;", "client_max_body_size 1m;").replace("client_body_timeout 30s;", "client_body_timeout 3s;")
    site = site.replace("/var/log/nginx/docxforms.access.log", str(folder / "access.log"))
    conf = folder / "nginx.conf"
    conf.write_text(f"""daemon off; pid {folder}/nginx.pid; error_log {folder}/error.log;
events {{}}
http {{ client_body_temp_path {folder}/client_body; proxy_temp_path {folder}/proxy; fastcgi_temp_path {folder}/fastcgi;
        uwsgi_temp_path {folder}/uwsgi; scgi_temp_path {folder}/scgi;
{site}
}}
""")
    process = subprocess.Popen(["nginx", "-c", str(conf), "-p", str(folder)], stderr=subprocess.DEVNULL)
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", nginx_port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    print(f"(through nginx on port {nginx_port})")
    return process, nginx_port, folder


def files_under(folder):
    return {p for p in Path(folder).rglob("*")} if Path(folder).exists() else set()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=str(ROOT / ".build/debug/docxforms"))
    parser.add_argument("--screenshots", default=str(ROOT / ".build/browser"))
    parser.add_argument("--nginx", action="store_true", help="run the checks through nginx with the package's example site")
    args = parser.parse_args()
    shots = Path(args.screenshots)
    shots.mkdir(parents=True, exist_ok=True)

    work = Path(tempfile.mkdtemp(prefix="docxforms-serve-"))
    tmp = Path(tempfile.mkdtemp(prefix="docxforms-tmp-"))
    downloads = Path(tempfile.mkdtemp(prefix="docxforms-downloads-"))
    server = subprocess.Popen([args.binary, "serve", "--port", "0", "--max-upload", "1MiB", "--timeout", "3", "--lang", "en"], cwd=work,
                              env={**os.environ, "TMPDIR": str(tmp)}, stderr=subprocess.PIPE, text=True)
    try:
        line = server.stderr.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        if not match:
            print(f"FAIL the server did not start: {line!r}")
            return 1
        port = int(match.group(1))
        proxy = None
        if args.nginx:
            proxy, nginx_port, nginx_dir = start_nginx(port)
            port = nginx_port
        base = f"http://127.0.0.1:{port}"
        browser(base, shots, downloads)
        over_http(base, port, proxied=args.nginx)
        check(not files_under(work) and not files_under(tmp), "nothing is stored: no file in the server's folder or TMPDIR")
        if proxy:
            bodies = [p for p in files_under(nginx_dir / "client_body") if p.is_file()]
            check(not bodies, f"nginx wrote no request body to disk ({len(bodies)} files)")
    finally:
        if args.nginx and proxy:
            proxy.terminate()
            proxy.wait(timeout=10)
        server.terminate()
        try:
            _, rest = server.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            _, rest = server.communicate()
    check(server.returncode == 0, f"the server stops cleanly on SIGTERM (exit {server.returncode})")
    access = [l for l in rest.splitlines() if l.strip()]
    pattern = re.compile(r"^docxforms: (GET|POST) /[a-z/.]*(\?)? \d{3} (\d+|-) \d+ms$")
    check(access and all(pattern.match(l) for l in access), f"one access line per request: method, path, status, size, duration ({access[:3]})")
    logged = rest.replace("docxforms: ", "")
    check(not any(name in logged for name in ["tagged-2", "legacy", "values-with-extras", "Daan", ".docx", ".doc"]) and "Daan" not in line,
          f"nothing about a form is logged, no file name ({[l for l in access if '.doc' in l][:2]})")
    print(f"screenshots: {shots / 'page.png'}, {shots / 'error.png'}")
    if failures:
        print(f"{len(failures)} failed")
        return 1
    print("browser check passed")
    return 0


def browser(base, shots, downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900", "--lang=nl"]:
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False,
                                              "intl.accept_languages": "nl"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    wait = WebDriverWait(driver, 20)
    try:
        driver.get(base + "/")
        check(driver.title.startswith("Formulier controleren"), "the page opens")
        resources = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
        check(resources and all(r.startswith(base + "/") for r in resources), f"everything the page loads is its own: {resources}")

        driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
        check(driver.switch_to.active_element.get_attribute("id") == "file", "the keyboard reaches the file field first")
        label = driver.find_element(By.CSS_SELECTOR, "label[for=file]").text
        check(label != "", f"the file field has a label: {label!r}")

        driver.find_element(By.ID, "file").send_keys(str(FORM))
        wait.until(EC.visibility_of_element_located((By.ID, "result")))
        status, record = post(base, "/api/convert", FORM)
        record = json.loads(record)
        _, report = post(base, "/api/validate", FORM)
        findings = json.loads(report)["findings"]

        summary = driver.find_element(By.ID, "summary").text
        check(record["student"]["name"] in summary and record["student"]["number"] in summary, "the student is shown")
        check(record["moment"] in summary, "the moment is shown")
        outcomes = driver.find_elements(By.CSS_SELECTOR, "#outcomes .outcome")
        check(len(outcomes) == len(record["outcomes"]), f"every outcome is shown ({len(outcomes)})")
        for box, outcome in zip(outcomes, record["outcomes"]):
            text = box.text
            seen = [i["text"] for i in outcome["indicators"] if i["seen"]]
            judgement = {"voldaan": "voldaan", "niet-voldaan": "niet voldaan", None: "geen oordeel ingevuld"}[outcome["judgement"]]
            check(outcome["name"] in text and f"Oordeel: {judgement}" in text, f"{outcome['id']}: its judgement")
            check((outcome["feedback"] or "niet ingevuld") in text, f"{outcome['id']}: its feedback")
            listed = len(outcome["indicators"])
            line = f"Gezien ({len(seen)} van {listed}" if seen else f"Geen van de {listed} indicatoren" if listed else ""
            check(all(s in text for s in seen) and line in text and (listed or "indicatoren" not in text),
                  f"{outcome['id']}: the {len(seen)} indicators marked seen")
        shown = [li.text for li in driver.find_elements(By.CSS_SELECTOR, "#findings-list li")]
        check(len(shown) == len(findings) and len(findings) > 0, f"every finding is shown ({len(shown)} of {len(findings)})")
        check(all(any(f["message"] in s for s in shown) for f in findings), "the findings are shown in Dutch as validate gives them")
        check(all(f["messageEnglish"] not in " ".join(shown) for f in findings), "no English on the page")
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(1280, min(height + 100, 6000))
        driver.save_screenshot(str(shots / "page.png"))

        driver.find_element(By.ID, "download-json").click()
        driver.find_element(By.ID, "download-csv").click()
        stem = FORM.stem
        json_file, csv_file = downloads / f"{stem}.json", downloads / f"{stem}.csv"
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not (json_file.exists() and csv_file.exists()):
            time.sleep(0.2)
        check(json_file.exists() and json.loads(json_file.read_text()) == record, "Download JSON saves the record")
        rows = list(csv.DictReader(io.StringIO(csv_file.read_text(encoding="utf-8")))) if csv_file.exists() else []
        check(len(rows) == len(record["outcomes"]) and rows[0]["Naam student"] == record["student"]["name"]
              and [r["Leeruitkomst (id)"] for r in rows] == [o["id"] for o in record["outcomes"]],
              "Download CSV saves one row per outcome with Dutch headers, read back by the csv module")

        driver.set_window_size(1280, 900)
        driver.find_element(By.ID, "file").send_keys(str(LEGACY))
        wait.until(EC.visibility_of_element_located((By.ID, "error")))
        message = driver.find_element(By.ID, "error-message").text
        _, api = post(base, "/api/convert", LEGACY)
        check(message == json.loads(api)["error"]["message"] and "legacy.doc" in message,
              f"a .doc shows the command line's message: {message!r}")
        check(not driver.find_element(By.ID, "result").is_displayed(), "and no result of the earlier form")
        driver.save_screenshot(str(shots / "error.png"))

        # An upload over the limit: the page's own words, whether the server or a proxy refused it.
        big = Path(tempfile.mkdtemp(prefix="docxforms-big-")) / "groot.docx"
        big.write_bytes(FORM.read_bytes() + b"\0" * (2 << 20))
        driver.find_element(By.ID, "file").send_keys(str(big))
        too_large = driver.execute_script("return JSON.parse(document.getElementById('words').textContent).tooLarge")
        wait.until(EC.text_to_be_present_in_element((By.ID, "error-message"), too_large[:20]))
        check(driver.find_element(By.ID, "error-message").text == too_large, f"an upload over the limit shows: {too_large!r}")

        # A Word document that is no form says so; a blank form says it is blank.
        driver.find_element(By.ID, "file").send_keys(str(NO_FORM))
        wait.until(EC.text_to_be_present_in_element((By.ID, "error-message"), "geen feedback- en beoordelingsformulier"))
        check("a-letter.docx" in driver.find_element(By.ID, "error-message").text, "a document that is no form shows why, naming it")
        driver.find_element(By.ID, "file").send_keys(str(BLANK))
        wait.until(EC.visibility_of_element_located((By.ID, "result")))
        check("nog leeg" in driver.find_element(By.ID, "summary").text, "a blank form says it is blank")

        # Dropping a file on the field's box reads it as choosing it does.
        driver.execute_script(DROP, base64.b64encode(FORM.read_bytes()).decode(), FORM.name)
        wait.until(EC.visibility_of_element_located((By.ID, "result")))
        check(record["student"]["name"] in driver.find_element(By.ID, "summary").text
              and not driver.find_element(By.ID, "error").is_displayed(), "a form dropped on the page is read, the error gone")

        # A form filled the way people fill them: what could not be read is said next to its field, in Dutch.
        dutch = diagnostics_on_page(driver, wait, base, "nl")
        driver.save_screenshot(str(shots / "diagnostics.png"))
        low = driver.execute_script(CONTRAST)
        check(low == [], f"all text has a contrast of at least 4.5:1 (WCAG AA): {low[:5]}")

        # The switch on the page gives it in English, the diagnostics too.
        driver.find_element(By.ID, "switch").click()
        wait.until(lambda d: d.execute_script("return document.documentElement.lang") == "en")
        check(driver.title.startswith("Check a form"), "the switch gives the page in English")
        english = diagnostics_on_page(driver, wait, base, "en")
        check(english and all(e != d for e, d in zip(english, dutch)), "the diagnostics are said in English there, not in Dutch")
        check("Nederlands" in driver.find_element(By.ID, "switch").text, "and the switch leads back to Dutch")
    finally:
        driver.quit()


def diagnostics_on_page(driver, wait, base, lang):
    """Uploads WILD and checks that every diagnostic of its record is on the page
    next to the field it concerns, worst first, with what to do; returns the messages."""
    driver.find_element(By.ID, "file").send_keys(str(WILD))
    wait.until(EC.visibility_of_element_located((By.ID, "result")))
    wait.until(lambda d: WILD.name in d.find_element(By.ID, "status").text)
    record = json.loads(post(base, "/api/convert", WILD, lang)[1])
    diagnostics = record["diagnostics"]
    check(len(diagnostics) >= 3, f"{lang}: the wild form has diagnostics to show ({len(diagnostics)})")
    items = driver.find_elements(By.CSS_SELECTOR, "ul.notes li")
    check(len(items) == len(diagnostics), f"{lang}: every diagnostic is on the page ({len(items)} of {len(diagnostics)})")
    ids = {o["id"]: {i["id"] for i in o["indicators"] if i["id"]} for o in record["outcomes"]}
    for d in diagnostics:
        where = d["where"]
        item = next((i for i in items if i.get_attribute("data-where") == where and i.get_attribute("data-code") == d["code"]), None)
        if item is None:
            check(False, f"{lang}: {d['code']} at {where} is shown")
            continue
        outcome = where.split(".")[1] if where.startswith("outcomes.") and where.count(".") >= 2 else next(
            (o for o, known in ids.items() if where.split(".", 1)[-1] in known and where.split(".")[0] in ("indicators", "seen")), None)
        container = "summary" if where in HEADER_FIELDS else f"outcome-{outcome}" if outcome else "reading"
        inside = driver.execute_script("return arguments[0].closest('#' + arguments[1]) !== null", item, container)
        check(inside, f"{lang}: {d['code']} at {where} is shown in #{container}")
        check(d["message"] in item.text and len(item.find_elements(By.CLASS_NAME, "advice")) == 1,
              f"{lang}: {d['code']} says the record's message and what to do")
    for notes in driver.find_elements(By.CSS_SELECTOR, "ul.notes"):
        ranks = [ORDER[li.get_attribute("class")] for li in notes.find_elements(By.TAG_NAME, "li")]
        check(ranks == sorted(ranks), f"{lang}: worst first {ranks}")
    return [d["message"] for d in diagnostics]


# Builds a File from the given bytes and drops it on the upload box, as a browser does.
DROP = """
const bytes = Uint8Array.from(atob(arguments[0]), (c) => c.charCodeAt(0));
const transfer = new DataTransfer();
transfer.items.add(new File([bytes], arguments[1]));
document.getElementById("upload").dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
"""

# The visible text elements whose colour against their background is under 4.5:1.
CONTRAST = """
function rgb(c) { const m = c.match(/[\\d.]+/g).map(Number); return { r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1 }; }
function luminance(c) {
  const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
}
function background(e) {
  for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.a > 0) return c; }
  return { r: 255, g: 255, b: 255, a: 1 };
}
const low = [];
for (const e of document.querySelectorAll("body *")) {
  const own = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
  if (!own || !e.offsetParent) continue;
  const a = luminance(rgb(getComputedStyle(e).color)), b = luminance(background(e));
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  if (ratio < 4.5) low.push(e.tagName + "." + e.className + " " + ratio.toFixed(2));
}
return low;
"""


def over_http(base, port, proxied=False):
    status, _ = post(base, "/api/convert", TRUNCATED)
    check(status == 422, f"a truncated .docx gets 422 ({status})")
    status, _ = post(base, "/api/convert", LEGACY)
    check(status == 415, f"a .doc gets 415 ({status})")
    big = 2 << 20
    head = (f"POST /api/convert HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
            f"Content-Length: {big}\r\n\r\n").encode()
    line, _ = raw_status(port, head, b"x" * big)
    check(" 413 " in line, f"an upload over --max-upload gets 413 ({line})")
    chunk = b"x" * 65536
    chunked = b"".join(b"%x\r\n" % len(chunk) + chunk + b"\r\n" for _ in range(big // len(chunk))) + b"0\r\n\r\n"
    head = (b"POST /api/convert HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n")
    line, _ = raw_status(port, head, chunked)
    check(" 413 " in line, f"a chunked upload over --max-upload gets 413 too ({line})")
    head = (f"POST /api/convert HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b\r\n"
            f"Content-Length: 100000\r\n\r\n").encode()
    line, seconds = raw_status(port, head, b"--b\r\n")
    # nginx ends a stalled upload by closing the connection (it sends no 408 of its own).
    check((" 408 " in line or (proxied and line == "")) and 2.5 < seconds < 20,
          f"an upload that stalls gets 408 (or, from nginx, a closed connection) after --timeout ({line!r}, {seconds:.1f} s)")


if __name__ == "__main__":
    sys.exit(main())
