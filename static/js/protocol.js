// The protocol tool with the browser's Back and Forward buttons.
//
// Without JavaScript every step is a POST whose answer may not be kept (private, no-store): going
// Back to it makes Chromium ask to send the form again (ERR_CACHE_MISS). Here the same forms are
// sent with fetch; the answer replaces the tool's part of the page and gets a history entry of
// its own, with the step's address (/stap/3/, which holds no answers) and the screen itself in
// history.state. Back, Forward and a reload show a step from that entry, with what was typed in
// it, and send nothing. history.state belongs to this tab of the visitor's browser: nothing
// reaches the server, an address or a cookie. The downloads stay ordinary form posts.
const KEY = "vpProtocolScreen";
const ANSWERS_FIELD = "antwoorden";

export default function enhanceProtocolTool(elements) {
  const main = elements[0].closest("main");
  if (!main || !window.fetch || !window.DOMParser) return;
  let latestAnswers = "";

  const kept = window.history.state?.[KEY];
  if (kept) {
    // A reload or a restored tab: the server does not know this step, the entry does.
    latestAnswers = kept.answers || "";
    show(kept, false);
  } else {
    latestAnswers = answersIn(main);
    remember();
  }

  main.addEventListener("submit", (event) => {
    const form = event.target;
    if (!form.matches("[data-pt-form]") || form.dataset.ptNative) return;
    event.preventDefault();
    remember();
    send(form, event.submitter);
  });
  main.addEventListener("input", remember);
  main.addEventListener("change", remember);
  window.addEventListener("popstate", (event) => {
    const screen = event.state?.[KEY];
    if (screen) show(screen, true);
  });

  function send(form, submitter) {
    const body = new FormData(form, submitter);
    form.setAttribute("aria-busy", "true");
    fetch(form.action, { method: "POST", body, credentials: "same-origin", cache: "no-store" })
      .then((response) => {
        const type = response.headers.get("Content-Type") || "";
        if (!response.ok || !type.startsWith("text/html")) throw new Error("no screen");
        return response.text();
      })
      .then((html) => {
        const page = new DOMParser().parseFromString(html, "text/html");
        const next = page.querySelector("main");
        const screen = next?.querySelector("[data-pt-screen]");
        if (!screen) throw new Error("no screen");
        main.innerHTML = next.innerHTML;
        document.title = page.title;
        latestAnswers = answersIn(main) || latestAnswers;
        const address = screen.dataset.ptAddress || window.location.pathname;
        const entry = { [KEY]: snapshot() };
        if (address === window.location.pathname) {
          window.history.replaceState(entry, "", address); // the same step, with its problems
        } else {
          window.history.pushState(entry, "", address);
        }
        focusScreen();
      })
      .catch(() => {
        // Let the browser send the form itself: the page it gets says what went wrong.
        form.removeAttribute("aria-busy");
        form.dataset.ptNative = "1";
        form.requestSubmit(submitter);
      });
  }

  function show(screen, moveFocus) {
    main.innerHTML = screen.html;
    document.title = screen.title;
    // The newest answers: a step shown again goes on with what was answered after it, too.
    if (latestAnswers) {
      for (const field of main.querySelectorAll(`input[name="${ANSWERS_FIELD}"]`)) {
        field.value = latestAnswers;
      }
    }
    remember();
    if (moveFocus) focusScreen();
  }

  // The screen as shown now, with what was typed, kept in the current history entry.
  function remember() {
    window.history.replaceState({ ...window.history.state, [KEY]: snapshot() }, "");
  }

  function snapshot() {
    for (const field of main.querySelectorAll("input, textarea")) {
      if (field.type === "checkbox" || field.type === "radio") {
        field.toggleAttribute("checked", field.checked);
      } else if (field.tagName === "TEXTAREA") {
        field.textContent = field.value;
      } else if (field.type !== "file") {
        field.setAttribute("value", field.value);
      }
    }
    return { html: main.innerHTML, title: document.title, answers: latestAnswers };
  }

  function focusScreen() {
    const target = main.querySelector(".vp-pt-errors") || main.querySelector("h1");
    if (!target) return;
    target.setAttribute("tabindex", "-1");
    target.focus();
  }
}

function answersIn(element) {
  return element.querySelector(`input[name="${ANSWERS_FIELD}"]`)?.value || "";
}
