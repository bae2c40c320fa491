import Messages
import JSONOutput

/// The one page of `docxforms serve`, for students, in Dutch or English
/// (its words from the catalogue, `Texts.Page`): choose or drop a form, see
/// what the record understood, what could not be read for sure next to the
/// field it concerns, and what validation found; download JSON or CSV.
/// Self-contained (no external scripts, fonts or CDNs), usable by keyboard
/// and screen reader; the script fills the page with `textContent` only, so
/// nothing in a form is ever read as HTML.
enum Page {
    /// A file the server hands out as it is.
    struct Asset: Sendable {
        let path: String
        let contentType: String
        let text: String
    }

    /// The style and the script; the page itself is ``html(_:)``, per language.
    static let assets = [
        Asset(path: "/page.css", contentType: "text/css; charset=utf-8", text: css),
        Asset(path: "/page.js", contentType: "text/javascript; charset=utf-8", text: script),
    ]

    /// The page in `language`: the template's places filled, and the script's
    /// words (with each diagnostic code's advice) as data it reads.
    static func html(_ language: Language) -> String {
        var page = template.replacing("{{lang}}", with: language.rawValue)
        for (key, phrase) in Texts.Page.html { page = page.replacing("{{\(key)}}", with: phrase(language)) }
        var words = Texts.Page.script.mapValues { $0(language) }
        for code in DiagnosticCode.allCases { words["advice:" + code.rawValue] = code.advice(language) }
        // In a <script> element "</" would end it; JSON allows "<\/" for "</".
        let data = ((try? JSONOutput(pretty: false).encode(words)) ?? "{}").replacing("</", with: "<\\/")
        return page.replacing("{{words}}", with: data)
    }

    private static let template = #"""
    <!doctype html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}}</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="/page.css">
    <script id="words" type="application/json">{{words}}</script>
    <script src="/page.js" defer></script>
    </head>
    <body>
    <header>
      <h1>{{heading}}</h1>
      <p>{{intro}}</p>
    </header>
    <main>
      <form id="upload" class="drop" aria-describedby="drop-hint">
        <label for="file">{{file}}</label>
        <input type="file" id="file" name="file" accept=".docx,.docm,.dotx,application/vnd.openxmlformats-officedocument.wordprocessingml.document">
        <p id="drop-hint">{{drop}}</p>
      </form>
      <p id="status" role="status" aria-live="polite"></p>
      <div id="error" role="alert" hidden>
        <h2>{{errorTitle}}</h2>
        <p id="error-message"></p>
      </div>
      <div id="result" hidden>
        <section id="record" aria-labelledby="record-title">
          <h2 id="record-title">{{recordTitle}}</h2>
          <div id="reading" hidden>
            <h3>{{readingTitle}}</h3>
            <ul id="reading-list" class="notes"></ul>
          </div>
          <dl id="summary"></dl>
          <p class="downloads">
            <button type="button" id="download-json">{{downloadJSON}}</button>
            <button type="button" id="download-csv">{{downloadCSV}}</button>
          </p>
          <div id="outcomes"></div>
        </section>
        <aside id="findings" aria-labelledby="findings-title">
          <h2 id="findings-title">{{findingsTitle}}</h2>
          <p id="findings-summary"></p>
          <ul id="findings-list"></ul>
        </aside>
      </div>
    </main>
    <footer>
      <p class="language"><a id="switch" href="/?lang={{switchTo}}" hreflang="{{switchTo}}" lang="{{switchTo}}" aria-label="{{switchLabel}}">{{switch}}</a></p>
      <p>{{footer}}</p>
    </footer>
    </body>
    </html>
    """#

    static let css = #"""
    :root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --line: #8a8a8a; --accent: #0b4f9c;
            --error: #a4161a; --warning: #7a4b00; --info: #245b2c; --paper: #ffffff; --soft: #f2f4f7; }
    * { box-sizing: border-box; }
    [hidden] { display: none !important; }
    body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--paper); }
    header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
    h1 { font-size: 1.6rem; margin: 1.5rem 0 .5rem; }
    h2 { font-size: 1.25rem; margin: 1rem 0 .5rem; }
    h3 { font-size: 1.05rem; margin: 0 0 .25rem; }
    .drop { border: 2px dashed var(--line); border-radius: .5rem; padding: 1.25rem; background: var(--soft); }
    .drop.over { border-color: var(--accent); background: #e3ecf8; }
    .drop label { display: block; font-weight: 600; margin-bottom: .5rem; }
    .drop p { margin: .5rem 0 0; color: var(--muted); }
    input[type=file] { font: inherit; }
    :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
    button { font: inherit; padding: .45rem .9rem; border: 2px solid var(--accent); border-radius: .35rem;
             background: var(--accent); color: #fff; cursor: pointer; margin-right: .5rem; }
    button:hover { background: #083b75; }
    #status { min-height: 1.5rem; color: var(--muted); }
    #error { border-left: 6px solid var(--error); padding: .25rem 1rem; background: #fbeaea; }
    #result { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; align-items: start; }
    @media (max-width: 50rem) { #result { grid-template-columns: 1fr; } }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 0 0 1rem; }
    dt { font-weight: 600; }
    dd { margin: 0; }
    .outcome { border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; margin-bottom: .75rem; }
    .outcome .kind { color: var(--muted); margin: 0 0 .4rem; }
    .judgement { font-weight: 600; }
    .outcome p { margin: .3rem 0; white-space: pre-wrap; }
    .outcome ul { margin: .3rem 0 .3rem 1.2rem; padding: 0; }
    .empty { color: var(--muted); font-style: italic; }
    #findings { border: 1px solid var(--line); border-radius: .5rem; padding: 0 1rem 1rem; background: var(--soft); }
    #findings-list { list-style: none; padding: 0; margin: 0; }
    #findings-list li { border-left: 5px solid var(--line); background: var(--paper); padding: .4rem .75rem; margin: .5rem 0; }
    #findings-list li.error { border-color: var(--error); }
    #findings-list li.warning { border-color: var(--warning); }
    #findings-list li.info { border-color: var(--info); }
    .severity { font-weight: 700; margin-right: .35rem; }
    li.error .severity { color: var(--error); }
    li.warning .severity { color: var(--warning); }
    li.info .severity { color: var(--info); }
    .where { display: block; color: var(--muted); font-size: .9rem; }
    .language { margin: .75rem 0 0; }
    .language a { color: var(--accent); font-weight: 600; }
    ul.notes { list-style: none; padding: 0; margin: .25rem 0 .5rem; }
    ul.notes li { border-left: 5px solid var(--line); background: var(--soft); padding: .3rem .6rem; margin: .3rem 0; }
    ul.notes li.error { border-color: var(--error); }
    ul.notes li.warning { border-color: var(--warning); }
    ul.notes li.info { border-color: var(--info); }
    .advice { display: block; color: var(--muted); font-size: .9rem; }
    footer { color: var(--muted); margin-top: 2rem; }
    """#

    static let script = #"""
    "use strict";
    const $ = (id) => document.getElementById(id);
    const words = JSON.parse($("words").textContent);
    const language = document.documentElement.lang;
    const order = { error: 0, warning: 1, info: 2 };
    const judgements = { "voldaan": "voldaan", "niet-voldaan": "niet voldaan" };
    let current = null;

    /** A word of the page, its {name} places filled from `values`. */
    function say(key, values) {
      return (words[key] || key).replace(/\{(\w+)\}/g, (_, name) => String(values && name in values ? values[name] : ""));
    }

    function element(tag, text, className) {
      const e = document.createElement(tag);
      if (text !== undefined && text !== null) e.textContent = text;
      if (className) e.className = className;
      return e;
    }

    function show(id, visible) { $(id).hidden = !visible; }

    function withLanguage(path) { return path + (path.includes("?") ? "&" : "?") + "lang=" + language; }

    async function post(path, file) {
      const body = new FormData();
      body.append("file", file, file.name);
      const response = await fetch(withLanguage(path), { method: "POST", body });
      if (!response.ok) {
        let message = say("serverStatus", { status: response.status });
        try { message = (await response.json()).error.message; } catch (e) {}
        // Too large: the same words whether this server or a proxy in front of it refused the upload.
        if (response.status === 413) message = say("tooLarge");
        throw new Error(message);
      }
      return response;
    }

    async function upload(file) {
      current = null;
      show("result", false);
      show("error", false);
      $("status").textContent = say("reading", { file: file.name });
      try {
        let [record, report] = await Promise.all([
          post("/api/convert", file).then((r) => r.text()),
          post("/api/validate", file).then((r) => r.json()),
        ]);
        current = { file, json: record };
        record = JSON.parse(record);
        renderRecord(record);
        renderFindings(report.findings || [], record);
        show("result", true);
        $("status").textContent = say("read", { file: file.name });
      } catch (error) {
        $("error-message").textContent = error.message;
        show("error", true);
        $("status").textContent = "";
      }
    }

    /** The record's diagnostics as a list, worst first, each with what to do. */
    function notes(diagnostics) {
      const list = element("ul", null, "notes");
      for (const d of [...diagnostics].sort((a, b) => order[a.severity] - order[b.severity])) {
        const item = element("li", null, d.severity);
        item.dataset.code = d.code;
        item.dataset.where = d.where;
        item.append(element("span", say(d.severity), "severity"));
        item.append(document.createTextNode(d.message));
        const advice = words["advice:" + d.code];
        if (advice) item.append(element("span", say("whatToDo") + advice, "advice"));
        list.append(item);
      }
      return list;
    }

    function addTerm(list, term, value, diagnostics) {
      list.append(element("dt", term));
      const dd = element("dd", value === null || value === undefined || value === "" ? "—" : value);
      if (diagnostics.length) dd.append(notes(diagnostics));
      list.append(dd);
    }

    function renderRecord(record) {
      const diagnostics = record.diagnostics || [];
      const shown = new Set();
      const about = (test) => diagnostics.filter((d) => { const hit = test(d.where); if (hit) shown.add(d); return hit; });
      const at = (...paths) => about((where) => paths.includes(where));
      const summary = $("summary");
      summary.replaceChildren();
      const student = record.student || {};
      addTerm(summary, say("student"), [student.name, student.number].filter(Boolean).join(", "), at("student.name", "student.number"));
      addTerm(summary, say("subject"), record.subject ? record.subject.name : null, at("subject"));
      addTerm(summary, say("moment"), record.moment, at("moment"));
      addTerm(summary, say("date"), record.date, at("date"));
      addTerm(summary, say("school"), record.school, at("school"));
      addTerm(summary, say("supervisor"), record.supervisor, at("supervisor"));
      if (record.kind === "blank-form") addTerm(summary, say("form"), say("blank"), []);
      const outcomes = $("outcomes");
      outcomes.replaceChildren();
      for (const outcome of record.outcomes || []) {
        const box = element("section", null, "outcome");
        box.id = "outcome-" + outcome.id;
        box.append(element("h3", outcome.name));
        if (outcome.assessment) box.append(element("p", say(outcome.assessment), "kind"));
        const ids = new Set((outcome.indicators || []).map((i) => i.id).filter(Boolean));
        const own = about((where) => where.startsWith("outcomes." + outcome.id + ".")
          || ((where.startsWith("indicators.") || where.startsWith("seen.")) && ids.has(where.slice(where.indexOf(".") + 1))));
        if (own.length) box.append(notes(own));
        const judgement = element("p");
        judgement.append(element("span", say("judgementLabel"), "label"));
        judgement.append(element("span", judgements[outcome.judgement] || say("noJudgement"), "judgement"));
        if (outcome.confidence === true) judgement.append(element("span", say("confidence")));
        box.append(judgement);
        box.append(textBlock(say("feedback"), outcome.feedback));
        box.append(textBlock(say("selfReflection"), outcome.selfReflection));
        const listed = outcome.indicators || [], seen = listed.filter((i) => i.seen);
        if (listed.length) {
          box.append(element("p", seen.length
            ? say("seen", { seen: seen.length, total: listed.length })
            : say("noneSeen", { total: listed.length })));
        }
        if (seen.length) {
          const list = element("ul");
          for (const indicator of seen) list.append(element("li", indicator.text));
          box.append(list);
        }
        outcomes.append(box);
      }
      const rest = notes(diagnostics.filter((d) => !shown.has(d)));
      rest.id = "reading-list";
      $("reading-list").replaceWith(rest);
      show("reading", rest.children.length > 0);
    }

    function textBlock(label, text) {
      const p = element("p");
      p.append(element("strong", label + ": "));
      p.append(text ? document.createTextNode(text) : element("span", say("notFilled"), "empty"));
      return p;
    }

    function renderFindings(findings, record) {
      const names = {};
      for (const outcome of record.outcomes || []) names[outcome.id] = outcome.name;
      const list = $("findings-list");
      list.replaceChildren();
      findings.sort((a, b) => order[a.severity] - order[b.severity]);
      $("findings-summary").textContent = findings.length === 0 ? say("nothingFound")
        : findings.length === 1 ? say("onePoint") : say("points", { count: findings.length });
      for (const finding of findings) {
        const item = element("li", null, finding.severity);
        item.append(element("span", say(finding.severity), "severity"));
        item.append(document.createTextNode(finding.message));
        if (finding.outcome && names[finding.outcome]) item.append(element("span", names[finding.outcome], "where"));
        list.append(item);
      }
    }

    function save(blob, name) {
      const link = element("a");
      link.href = URL.createObjectURL(blob);
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    }

    function stem(name) { return name.replace(/\.[^.]*$/, "") || "formulier"; }

    document.addEventListener("DOMContentLoaded", () => {
      const input = $("file"), zone = $("upload");
      input.addEventListener("change", () => {
        if (input.files.length) upload(input.files[0]);
        input.value = "";   // so that choosing the same file again (after editing it) reads it again
      });
      zone.addEventListener("submit", (event) => event.preventDefault());
      zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("over"); });
      zone.addEventListener("dragleave", () => zone.classList.remove("over"));
      zone.addEventListener("drop", (event) => {
        event.preventDefault();
        zone.classList.remove("over");
        if (event.dataTransfer.files.length) upload(event.dataTransfer.files[0]);
      });
      $("download-json").addEventListener("click", () => {
        if (current) save(new Blob([current.json], { type: "application/json" }), stem(current.file.name) + ".json");
      });
      $("download-csv").addEventListener("click", async () => {
        if (!current) return;
        try {
          const response = await post("/api/convert?format=csv", current.file);
          save(await response.blob(), stem(current.file.name) + ".csv");
        } catch (error) {
          $("status").textContent = error.message;
        }
      });
    });
    """#
}
