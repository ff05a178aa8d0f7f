// The console's one script: renders the view named by the path from the node's JSON, polls it every half second,
// and sends each action as the shell's words to POST /api/commands after a confirm step. No framework, no build.
"use strict";

const page = location.pathname.replace(/^\/+|\/+$/g, "") || "packages";
const titles = { sites: "Sites", packages: "Packages", escalations: "Escalations", inboxes: "Inboxes", clients: "Clients", journal: "Journal" };
const pollEvery = 500;
let lastJson = null;
let pendingAction = null;

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "data") for (const [k, v] of Object.entries(value)) node.dataset[k] = v;
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) node.append(child instanceof Node ? child : document.createTextNode(child ?? ""));
  return node;
}

function table(id, columns, rows) {
  return el("table", { id }, el("thead", {}, el("tr", {}, columns.map(c => el("th", {}, c)))), el("tbody", {}, rows));
}

function actionButton(label, words, question) {
  return el("button", { type: "button", class: "action", data: { words: JSON.stringify(words), question } }, label);
}

function showClock(clock) {
  document.getElementById("now").textContent = clock.text;
  document.getElementById("clock-mode").textContent = clock.mode;
}

function showPageError(text) {
  const box = document.getElementById("page-error");
  box.hidden = !text;
  box.textContent = text ? "error: " + text : "";
}

const renderers = {
  sites(data) {
    return table("sites", ["site", "despooler", "inbox manager", "servers", "settings (configured / in effect)", "actions"],
      data.sites.map(s => el("tr", { data: { site: s.code } },
        el("td", {}, s.code),
        el("td", { class: "component component-" + s.despooler }, s.despooler),
        el("td", { class: "component component-" + s.inboxManager }, s.inboxManager),
        el("td", {}, s.servers.length ? s.servers.join(", ") : "-"),
        el("td", {}, el("table", { class: "settings" }, s.settings.map(x =>
          el("tr", {}, el("td", {}, x.setting), el("td", {}, x.configured), el("td", { class: x.configured === x.inEffect ? "" : "differs" }, x.inEffect))))),
        el("td", {},
          ["pause", "continue", "start", "stop"].map(a => actionButton(a + " despooler", ["component", a, "despooler", "--site", s.code], `${a} the despooler of ${s.code}?`)),
          el("br"),
          ["stop", "start"].map(a => actionButton(a + " inbox manager", ["component", a, "inbox-manager", "--site", s.code], `${a} the inbox manager of ${s.code}?`))))));
  },

  packages(data) {
    if (data.packages.length === 0) return el("p", {}, "no packages yet");
    return table("packages", ["package", ...data.servers], data.packages.map(p =>
      el("tr", { data: { package: p.package } },
        el("th", { scope: "row" }, p.package, el("span", { class: "version" }, ` (version ${p.version})`)),
        p.cells.map(c => el("td", { class: "status status-" + c.kind, data: { server: c.server, kind: c.kind } }, c.status)))));
  },

  escalations(data) {
    if (data.escalations.length === 0) return el("p", { id: "no-escalations" }, "no escalation under way");
    return table("escalations", ["package", "server", "site", "status", "retry", "next attempt at", "t0 (first failure)", "forced at", "countdown", "t0 \u2192 forced", "users warned", "users holding files"],
      data.escalations.map(e => el("tr", { data: { package: e.package, server: e.server } },
        el("td", {}, e.package), el("td", {}, e.server), el("td", {}, e.site),
        el("td", { class: "status" }, e.status), el("td", { class: "retry" }, e.retry),
        el("td", {}, e.nextAttemptAt ?? "-"), el("td", { class: "t0" }, e.firstFailedAt), el("td", { class: "forced-at" }, e.forcedAt ?? "no forced disconnection"),
        el("td", { class: "countdown" }, e.countdown ?? "-"),
        el("td", {}, e.elapsed === null ? "-" : el("div", { class: "timeline", title: `${Math.round(e.elapsed * 100)} % of the way to the forced copy` },
          el("div", { style: `width:${(e.elapsed * 100).toFixed(1)}%` }))),
        el("td", { class: "users-warned" }, e.usersWarned.length ? e.usersWarned.join(", ") : "-"),
        el("td", {}, e.usersHoldingFiles.length ? e.usersHoldingFiles.join(", ") : "-"))));
  },

  inboxes(data) {
    const inboxes = data.inboxes.length === 0 ? el("p", {}, "no CAP inboxes yet") :
      table("inboxes", ["cap", "site", "inbox", "lock", "since", "age", "delete attempts", "phase", "alarms", "clients locked out"],
        data.inboxes.map(r => el("tr", { data: { cap: r.cap, inbox: r.inbox, lock: r.lockPresent ? "present" : "absent" } },
          el("td", {}, r.cap), el("td", {}, r.site), el("td", {}, r.inbox),
          el("td", { class: "lock " + (r.lockPresent ? "lock-present" : "lock-absent") }, r.lockPresent ? "present" : "-"),
          el("td", {}, r.since), el("td", { class: "age" }, r.age), el("td", {}, r.deleteAttempts), el("td", {}, r.phase), el("td", {}, r.alarms),
          el("td", { class: "locked-out" }, r.clientsLockedOut.length ? `${r.clientsLockedOut.length}: ${r.clientsLockedOut.join(", ")}` : "-"))));
    const remedies = table("remedies", ["site", "stuck-lock supervisor"], data.remedies.map(r => el("tr", {}, el("td", {}, r.site), el("td", {}, r.state))));
    const caps = table("caps", ["cap", "site", "share", "actions"], data.caps.map(c => el("tr", { data: { cap: c.cap } },
      el("td", {}, c.cap), el("td", {}, c.site), el("td", {}, c.location),
      el("td", {}, actionButton("close all connections on clicomp.box/swdist", ["share", "close-all", `${c.location}/clicomp.box/swdist`],
        `force-close every open file under ${c.location}/clicomp.box/swdist (each user is told)?`)))));
    return el("div", {}, inboxes, el("h3", {}, "Stuck-lock supervisors"), remedies, el("h3", {}, "CAPs"), caps);
  },

  clients(data) {
    if (data.clients.length === 0) return el("p", {}, "no clients yet");
    return table("clients", ["client", "site", "mode", "component", "install pending", "last cycle", "offers processed"],
      data.clients.map(c => el("tr", { data: { client: c.name } },
        el("td", {}, c.name), el("td", {}, c.site), el("td", {}, c.mode), el("td", {}, c.component),
        el("td", { class: c.installPending ? "status-retrying" : "" }, c.installPending ? "yes" : "no"),
        el("td", {}, c.lastCycle), el("td", {}, c.offersProcessed))));
  },
};

async function poll() {
  try {
    const url = page === "journal" ? "/api/console/clock" : `/api/console/${page}`;
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`${url} answered ${response.status} ${await response.text()}`);
    const data = await response.json();
    showClock(page === "journal" ? data : data.clock);
    if (page !== "journal") {
      showPageError(data.error);
      // Re-drawn only when something changed besides the clock, so a button is not replaced under the pointer.
      const json = JSON.stringify({ ...data, clock: null });
      if (json !== lastJson) {
        lastJson = json;
        document.getElementById("content").replaceChildren(renderers[page](data));
        document.body.dataset.rendered = String(Date.now());
      }
    }
  } catch (problem) {
    showPageError(String(problem.message || problem));
  } finally {
    setTimeout(poll, pollEvery);
  }
}

function journalPage() {
  const entity = el("input", { id: "entity", size: 40, placeholder: "pkgdir/NTSRV1/OFFICE97 or site/CH2" });
  const output = el("pre", { id: "journal-output", class: "journal" });
  const verifyOutput = el("pre", { id: "verify-output", class: "journal" });
  const show = el("button", { id: "show-timeline", type: "submit" }, "audit timeline");
  const verify = el("button", { id: "audit-verify", type: "button" }, "audit verify");
  const form = el("form", {}, el("label", {}, "entity ", entity), " ", show);
  form.addEventListener("submit", async event => {
    event.preventDefault();
    output.textContent = "reading the journal...";
    const data = await (await fetch(`/api/console/journal?entity=${encodeURIComponent(entity.value)}`)).json();
    output.className = "journal" + (data.error ? " error" : "");
    output.textContent = data.error ? "error: " + data.error : data.lines.join("\n");
  });
  verify.addEventListener("click", async () => {
    verifyOutput.textContent = "checking the journal...";
    const data = await (await fetch("/api/console/audit-verify", { method: "POST" })).json();
    verifyOutput.className = "journal" + (data.error || !data.clean ? " error" : " ok");
    verifyOutput.textContent = data.error ? "error: " + data.error : [...data.violations, data.summary].join("\n");
  });
  document.getElementById("content").replaceChildren(el("h3", {}, "Timeline of one entity"), form, output,
    el("h3", {}, "Invariants"), verify, verifyOutput);
}

function askToConfirm(button) {
  pendingAction = JSON.parse(button.dataset.words);
  document.getElementById("action-result").hidden = true;  // the last reply stays until the next action is asked for
  document.getElementById("confirm-text").textContent = button.dataset.question + "  (" + pendingAction.join(" ") + ")";
  document.getElementById("confirm").hidden = false;
}

async function runAction(words) {
  const result = document.getElementById("action-result");
  const output = document.getElementById("action-output");
  document.getElementById("action-command").textContent = words.join(" ");
  result.hidden = false;
  result.className = "running";
  output.textContent = "sent...";
  try {
    const response = await fetch("/api/commands", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ words }) });
    const text = await response.text();
    let reply;
    try { reply = JSON.parse(text); } catch { reply = { exitCode: 1, lines: [], tables: [], error: `${response.status}: ${text}` }; }
    const lines = [...(reply.lines || [])];
    for (const t of reply.tables || []) lines.push(t.title, ...t.rows.map(r => r.join("  ")));
    if (reply.error) lines.push("error: " + reply.error);
    const failed = !response.ok || reply.exitCode !== 0 || !!reply.error;
    result.className = failed ? "failed" : "succeeded";
    output.textContent = lines.join("\n") || (failed ? "error: the node answered " + response.status : "done");
  } catch (problem) {
    result.className = "failed";
    output.textContent = "error: " + (problem.message || problem);
  }
  lastJson = null;  // the next poll redraws with the action's effect
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("title").textContent = titles[page] || page;
  for (const link of document.querySelectorAll("nav a")) if (link.dataset.page === page) link.classList.add("current");
  document.getElementById("content").addEventListener("click", event => {
    const button = event.target.closest("button.action");
    if (button) askToConfirm(button);
  });
  document.getElementById("confirm-yes").addEventListener("click", () => {
    document.getElementById("confirm").hidden = true;
    if (pendingAction) runAction(pendingAction);
    pendingAction = null;
  });
  document.getElementById("confirm-no").addEventListener("click", () => {
    document.getElementById("confirm").hidden = true;
    pendingAction = null;
  });
  if (page === "journal") journalPage();
  poll();
});
