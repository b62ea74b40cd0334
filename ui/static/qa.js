() => {
  // The chat's own behaviour in the page (Gradio runs this function once, on load).
  // - [n] in any answer shows that answer's sources (the panel on wide screens, the answer's
  //   own "来源" on small ones), its quote highlighted;
  // - copy / export / 👍👎 / follow-up / full-text buttons inside messages;
  // - conversations kept in this browser's localStorage (never on the server);
  // - the light/dark toggle, screen-reader labels as plain text, the question's length.
  if (window.qaChat) return;
  const KEY = "qa-chats-v1", THEME = "qa-theme", MAX_CHATS = 30, LABEL_CHARS = 400;
  const $ = (s, r = document) => r.querySelector(s);
  const $$ = (s, r = document) => [...r.querySelectorAll(s)];
  const narrow = () => window.matchMedia("(max-width: 767px)").matches;
  const metaOf = (msg) => {
    const m = msg && msg.querySelector(".qa-meta");
    try { return m ? JSON.parse(m.textContent) : null; } catch (e) { return null; }
  };
  const maxChars = () => parseInt(($("#qa-max-chars") || {}).textContent || "500", 10);

  // -- theme -------------------------------------------------------------------------
  function applyTheme() {
    const t = localStorage.getItem(THEME);
    if (t === "dark") document.body.classList.add("dark");
    if (t === "light") document.body.classList.remove("dark");
  }
  function toggleTheme() {
    const dark = !document.body.classList.contains("dark");
    document.body.classList.toggle("dark", dark);
    localStorage.setItem(THEME, dark ? "dark" : "light");
  }

  // -- the textbox and the bridge to the server ---------------------------------------
  function setValue(sel, value) {
    const t = $(sel);
    if (!t) return false;
    t.value = value;
    t.dispatchEvent(new Event("input", { bubbles: true }));
    return true;
  }
  function ask(question) {
    if (setValue("#qa-input textarea", question)) $("#qa-send").click();
  }
  function bridge(message) {
    message.nonce = Date.now() + "-" + Math.random();
    if (setValue("#qa-bridge textarea", JSON.stringify(message))) $("#qa-bridge-go").click();
  }

  // -- sources ---------------------------------------------------------------------------
  function focusCard(card, n) {
    $$(".qa-card-active").forEach((e) => e.classList.remove("qa-card-active"));
    $$("mark.qa-mark-active").forEach((e) => e.classList.remove("qa-mark-active"));
    if (!card) return;
    card.classList.add("qa-card-active");
    if (n) $$("mark.qa-q-" + n, card).forEach((m) => m.classList.add("qa-mark-active"));
    // Again once the chat has laid out (its autoscroll follows a change of size).
    const go = () => card.scrollIntoView({ block: card.closest("#qa-chat") ? "start" : "nearest" });
    // Marked while the page may still move, so that a script (or a test) clicks after it.
    const root = document.documentElement, mark = String(Date.now() + Math.random());
    root.dataset.qaScrolling = mark;
    go(); setTimeout(go, 120);
    setTimeout(() => { go(); if (root.dataset.qaScrolling === mark) delete root.dataset.qaScrolling; }, 400);
  }
  function fillPanel(msg) {
    const panel = $("#qa-evidence .qa-evidence-scroll");
    const meta = metaOf(msg);
    if (!panel || !meta) return panel;
    const shown = $(".qa-aid", panel);
    if (shown && shown.textContent === meta.id) return panel;
    const wrap = document.createElement("div");
    wrap.className = "qa-evidence";
    const aid = document.createElement("span");
    aid.className = "qa-aid"; aid.hidden = true; aid.textContent = meta.id;
    const q = document.createElement("div");
    q.className = "qa-evidence-q"; q.textContent = "问:" + meta.q;
    wrap.append(aid, q);
    const body = $(".qa-src-body", msg);
    if (body) for (const child of body.children) wrap.append(child.cloneNode(true));
    for (const card of $$(".qa-card", wrap)) {
      const ns = [...card.classList].filter((c) => /^qa-c-\d+$/.test(c)).map((c) => c.slice(5));
      if (ns.length) card.id = "cite-" + ns[0];
    }
    panel.replaceChildren(wrap);
    panel.scrollTop = 0;
    return panel;
  }
  function showSources(msg, n) {
    if (narrow()) {
      const d = $("details.qa-sources", msg);
      if (!d) return;
      d.open = true;
      focusCard(n ? $(".qa-c-" + n, d) : null, n);
      if (!n) setTimeout(() => d.scrollIntoView({ block: "nearest" }), 120);
      return;
    }
    const panel = fillPanel(msg);
    if (panel && n) focusCard($(".qa-c-" + n, panel), n);
  }
  function showLatest() {
    const msgs = $$("#qa-chat .qa-msg").filter((m) => (metaOf(m) || {}).final);
    if (msgs.length && !narrow()) fillPanel(msgs[msgs.length - 1]);
  }

  // -- copy and export -----------------------------------------------------------------
  async function copyText(text, button) {
    try { await navigator.clipboard.writeText(text); }
    catch (e) {
      const t = document.createElement("textarea");
      t.value = text; document.body.append(t); t.select(); document.execCommand("copy"); t.remove();
    }
    if (button) { button.classList.add("qa-done"); setTimeout(() => button.classList.remove("qa-done"), 1500); }
    note("已复制到剪贴板。");
  }
  function download(name, text) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([text], { type: "text/markdown;charset=utf-8" }));
    a.download = name; document.body.append(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 5000);
  }
  const stamp = () => new Date().toISOString().slice(0, 16).replace(/[-:T]/g, "");
  function turns() {  // [role, element] in the order shown
    return $$('#qa-chat [data-testid="user"], #qa-chat [data-testid="bot"]').map((el) =>
      [el.getAttribute("data-testid"), el]);
  }
  function conversationPlain() {
    return turns().map(([role, el]) => {
      if (role === "user") return "问:" + ($(".qa-user-text", el) || el).innerText.trim();
      const p = $(".qa-plain", el);
      return p ? p.textContent : el.innerText.trim();
    }).join("\n\n");
  }
  function conversationMarkdown() {
    const out = ["# 讲话问答:对话记录", ""];
    let pending = null;
    for (const [role, el] of turns()) {
      if (role === "user") { pending = ($(".qa-user-text", el) || el).innerText.trim(); continue; }
      const md = $(".qa-md", el);
      out.push(md ? md.textContent : "## 问:" + (pending || "") + "\n\n" + el.innerText.trim() + "\n");
      pending = null;
    }
    return out.join("\n");
  }
  function note(text) {
    const n = $("#qa-note");
    if (!n) return;
    n.textContent = text; n.classList.add("qa-note-on");
    clearTimeout(note.t); note.t = setTimeout(() => n.classList.remove("qa-note-on"), 2500);
  }

  // -- feedback ------------------------------------------------------------------------
  function historyBefore(msg) {
    const out = [];
    for (const m of $$("#qa-chat .qa-msg")) {
      if (m === msg) break;
      const meta = metaOf(m);
      if (meta && meta.asked) out.push(meta.q);
    }
    return out;
  }
  function rate(msg, rating, button) {
    const meta = metaOf(msg);
    if (!meta || !meta.final) return;
    $$(".qa-act-up, .qa-act-down", msg).forEach((b) => b.classList.remove("qa-on"));
    button.classList.add("qa-on");
    bridge({ action: "feedback", rating, meta, text: ($(".qa-plain", msg) || {}).textContent || "",
             history: historyBefore(msg) });
  }

  // -- conversations in this browser -----------------------------------------------------
  function loadStore() {
    try {
      const s = JSON.parse(localStorage.getItem(KEY));
      if (s && Array.isArray(s.chats)) return s;
    } catch (e) { /* a damaged store starts afresh */ }
    return { current: "", chats: [] };
  }
  function saveStore(s) {
    for (;;) {
      try { localStorage.setItem(KEY, JSON.stringify(s)); return; }
      catch (e) {  // over the browser's quota: drop the oldest chats
        const others = s.chats.filter((c) => c.id !== s.current);
        if (!others.length) return;
        others.sort((a, b) => a.updated - b.updated);
        s.chats = s.chats.filter((c) => c !== others[0]);
      }
    }
  }
  function textOf(content) {
    const raw = Array.isArray(content) ? content.map((p) => p.text || "").join("") : String(content || "");
    const d = document.createElement("div");
    d.innerHTML = raw.replace(/<span class="qa-meta"[^]*?<\/span>/, "");
    return d.textContent.trim();
  }
  function save(messages, id) {
    if (!Array.isArray(messages) || !messages.length) return id || "";
    const s = loadStore();
    id = id || "c" + Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
    let chat = s.chats.find((c) => c.id === id);
    if (!chat) { chat = { id, created: Date.now() }; s.chats.push(chat); }
    const questions = messages.filter((m) => m.role === "user");
    chat.messages = messages;
    chat.title = textOf(questions.length ? questions[0].content : "").slice(0, 40) || "(对话)";
    chat.n = questions.length;
    chat.updated = Date.now();
    s.current = id;
    s.chats.sort((a, b) => b.updated - a.updated);
    s.chats = s.chats.slice(0, MAX_CHATS);
    saveStore(s);
    renderList();
    return id;
  }
  function restore() {
    const s = loadStore();
    const chat = s.chats.find((c) => c.id === s.current);
    renderList();
    setTimeout(showLatest, 600);
    return chat ? [chat.messages, chat.id] : [[], ""];
  }
  function openChat(id) {
    const s = loadStore();
    const chat = s.chats.find((c) => c.id === id);
    if (!chat) return;
    s.current = id; saveStore(s);
    window.qaPending = chat;
    $("#qa-open-go").click();
  }
  function takePending() {
    const chat = window.qaPending || { messages: [], id: "" };
    window.qaPending = null;
    renderList();
    setTimeout(showLatest, 600);
    return [chat.messages, chat.id];
  }
  function removeChat(id) {
    const s = loadStore();
    s.chats = s.chats.filter((c) => c.id !== id);
    const wasCurrent = s.current === id;
    if (wasCurrent) s.current = "";
    saveStore(s);
    renderList();
    if (wasCurrent) $("#qa-new").click();
  }
  function newChat() {
    const s = loadStore();
    s.current = ""; saveStore(s); renderList();
    return [];
  }
  function renderList() {
    const box = $("#qa-chatlist .qa-chatlist");
    if (!box) return;
    const s = loadStore();
    const items = s.chats.map((c) => {
      const row = document.createElement("div");
      row.className = "qa-chat-item" + (c.id === s.current ? " qa-chat-current" : "");
      const open = document.createElement("button");
      open.type = "button"; open.className = "qa-chat-open";
      const when = new Date(c.updated || Date.now());
      open.textContent = c.title + " · " + c.n + " 问 · " + (when.getMonth() + 1) + "月" + when.getDate() + "日 "
        + String(when.getHours()).padStart(2, "0") + ":" + String(when.getMinutes()).padStart(2, "0");
      open.addEventListener("click", () => openChat(c.id));
      const del = document.createElement("button");
      del.type = "button"; del.className = "qa-chat-del"; del.title = "删除这段对话"; del.textContent = "删除";
      del.addEventListener("click", () => removeChat(c.id));
      row.append(open, del);
      return row;
    });
    if (!items.length) {
      const empty = document.createElement("div");
      empty.className = "qa-chat-empty";
      empty.textContent = "还没有保存的对话。对话只保存在这个浏览器里。";
      items.push(empty);
    }
    box.replaceChildren(...items);
  }

  // -- screen-reader labels and the question's length ---------------------------------------
  function fixLabels() {
    for (const el of $$('#qa-chat [data-testid="bot"], #qa-chat [data-testid="user"]')) {
      const label = el.getAttribute("aria-label") || "";
      if (label.startsWith("回答:") || label.startsWith("问题:")) continue;  // ours already
      const user = el.getAttribute("data-testid") === "user";
      const plain = user ? ($(".qa-user-text", el) || el).innerText : (($(".qa-plain", el) || {}).textContent || el.innerText);
      el.setAttribute("aria-label", (user ? "问题:" : "回答:") + plain.replace(/\s+/g, " ").trim().slice(0, LABEL_CHARS));
    }
  }
  function countChars() {
    const t = $("#qa-input textarea"), out = $("#qa-count");
    if (!t || !out) return;
    const n = t.value.length, max = maxChars();
    out.textContent = n > max ? "已输入 " + n + " 字,超过 " + max + " 字的上限;发送前请精简。" : "";
    out.classList.toggle("qa-count-over", n > max);
  }

  // -- one listener for everything clicked ---------------------------------------------------
  document.addEventListener("click", (e) => {
    const t = e.target;
    const cite = t.closest("a.qa-cite");
    if (cite) {
      const n = +((cite.getAttribute("href") || "").match(/\d+/) || [0])[0];
      const msg = cite.closest(".qa-msg");
      e.preventDefault(); e.stopPropagation();
      if (msg) showSources(msg, n);
      else focusCard($("#qa-evidence .qa-c-" + n), n);
      history.replaceState(null, "", "#cite-" + n);
      return;
    }
    const act = t.closest(".qa-act");
    if (act) {
      const msg = act.closest(".qa-msg");
      e.stopPropagation();
      if (act.classList.contains("qa-act-copy")) copyText(($(".qa-plain", msg) || {}).textContent || "", act);
      else if (act.classList.contains("qa-act-md")) download("讲话问答-" + stamp() + ".md", ($(".qa-md", msg) || {}).textContent || "");
      else rate(msg, act.classList.contains("qa-act-up") ? "up" : "down", act);
      return;
    }
    const suggestion = t.closest(".qa-suggest");
    if (suggestion) { e.stopPropagation(); ask(suggestion.textContent); return; }
    const ft = t.closest(".qa-open-ft");
    if (ft) { e.stopPropagation(); bridge({ action: "fulltext", passage: $(".qa-pid-id", ft.parentElement).textContent }); return; }
    const lib = t.closest(".qa-lib-ft");
    if (lib) { bridge({ action: "fulltext", doc: $(".qa-lib-id", lib.closest(".qa-lib-row")).textContent }); return; }
    const link = t.closest("a.qa-ft-link");
    if (link) {
      e.preventDefault();
      const target = document.getElementById(link.getAttribute("href").slice(1));
      if (target) { target.scrollIntoView({ block: "start" }); target.classList.add("qa-ft-flash"); setTimeout(() => target.classList.remove("qa-ft-flash"), 1500); }
      if (narrow()) { const d = link.closest("details"); if (d) d.open = false; }
      return;
    }
    if (t.closest("#qa-theme-toggle")) toggleTheme();
  }, true);
  document.addEventListener("input", (e) => { if (e.target.closest && e.target.closest("#qa-input")) countChars(); });

  function afterFulltext() {
    let tries = 0;
    const go = () => {
      const view = $("#qa-fulltext .qa-ft-view");
      if (!view && tries++ < 50) return setTimeout(go, 60);
      if (!view) return;
      if (narrow()) { const d = $("details.qa-ft-nav", view); if (d) d.open = false; }
      const focus = $(".qa-ft-focus", view);
      const text = $(".qa-ft-text", view);
      if (focus && text) text.scrollTop = focus.offsetTop - text.offsetTop - 40;
      else if (text) text.scrollTop = 0;
    };
    go();
  }

  applyTheme();
  function onChange() {
    fixLabels();
    const list = $("#qa-chatlist .qa-chatlist");  // drawn afresh when its box opens
    if (list && !list.firstChild) renderList();
  }
  new MutationObserver(() => { cancelAnimationFrame(onChange.f); onChange.f = requestAnimationFrame(onChange); })
    .observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["aria-label"] });
  window.qaChat = { save, restore, takePending, newChat, renderList, showLatest, copyText, download, ask,
                    conversationPlain, conversationMarkdown, afterFulltext, note, stamp,
                    scrollToChat: () => { const c = $("#qa-chat"); if (c) c.scrollIntoView({ block: "start" }); } };
}
