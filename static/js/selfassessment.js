// The self-assessment, one question at a time. Without JavaScript the form shows every question
// on one page; here the same form shows one question with "Vorige" and "Volgende" and a progress
// bar. The form and its GET submit stay the same, so the result URL is the same in both cases.
// After every answer the address holds the answers so far and the question on screen (replaced,
// not pushed: Back still leaves the page), so a reload or a shared link resumes right there.
// On the result page, the print button and the buttons to copy or share the link appear.
export default function enhanceSelfAssessment(elements) {
  for (const element of elements) {
    if (element.matches("[data-sa-print]")) {
      element.hidden = false;
      element.querySelector("button")?.addEventListener("click", () => window.print());
    } else if (element.matches("[data-sa-share]")) {
      shareButtons(element, () => element.querySelector("input").value);
    } else {
      oneQuestionAtATime(element);
    }
  }
}

function oneQuestionAtATime(form) {
  const steps = [...form.querySelectorAll("[data-sa-question]")];
  if (steps.length < 2) return;
  const questions = steps.filter((step) => !step.matches("[data-sa-optional]"));
  const submit = form.querySelector("[data-sa-submit]");
  const errors = document.querySelector("[data-sa-errors]");
  document.querySelector("[data-sa-toc]")?.setAttribute("hidden", "");

  const stepper = document.createElement("div");
  stepper.className = "vp-sa-stepper";
  const status = document.createElement("p");
  status.id = "sa-voortgang";
  status.className = "vp-sa-progress";
  status.setAttribute("role", "status");
  const bar = document.createElement("progress");
  bar.className = "vp-sa-stepper__bar";
  bar.max = steps.length;
  bar.setAttribute("aria-labelledby", status.id);
  stepper.append(status, bar);
  form.prepend(stepper);

  const nav = document.createElement("div");
  nav.className = "vp-sa-nav";
  const previous = button("Vorige vraag", "vp-button");
  const next = button("Volgende vraag", "vp-button vp-button--primary");
  nav.append(previous, next);
  submit.before(nav);
  const share = shareBlock();
  submit.after(share);
  shareButtons(share, () => window.location.href);

  const isAnswered = (question) => question.querySelector("input:checked") !== null;
  const allAnswered = () => questions.every(isAnswered);
  let current = startingStep(steps, questions, isAnswered);

  const address = () => {
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (String(value).trim()) query.append(name, value);
    }
    return `${window.location.pathname}?${query}#${steps[current].id}`;
  };
  const remember = () => window.history.replaceState(window.history.state, "", address());

  const show = (index, { focus = true } = {}) => {
    current = Math.min(Math.max(index, 0), steps.length - 1);
    const step = steps[current];
    const part = step.closest("[data-sa-part]");
    for (const each of form.querySelectorAll("[data-sa-part]")) each.hidden = each !== part;
    for (const each of steps) each.hidden = each !== step;
    const last = current === steps.length - 1;
    previous.hidden = current === 0;
    next.hidden = last;
    // Once every question has an answer, the result is one click away from any question
    // (a "Wijzig" link on the result leads here).
    submit.hidden = !(last || allAnswered());
    bar.value = current + 1;
    const partTitle = part.querySelector("legend").textContent.trim().replace(/\s+/g, " ");
    const number = questions.indexOf(step);
    status.textContent =
      number < 0
        ? `${partTitle}: niet verplicht. Daarna ${questions.length} vragen.`
        : `Vraag ${number + 1} van ${questions.length}. ${partTitle}`;
    if (focus) step.focus();
  };

  previous.addEventListener("click", () => {
    show(current - 1);
    remember();
  });
  next.addEventListener("click", () => {
    show(current + 1);
    remember();
  });
  form.addEventListener("change", () => {
    submit.hidden = !(current === steps.length - 1 || allAnswered());
    remember();
  });
  // Enter in a field submits a form; here it goes to the next question until the last one.
  form.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || !event.target.matches("input")) return;
    if (current === steps.length - 1) return;
    event.preventDefault();
    show(current + 1);
    remember();
  });
  // The links in the error summary point at a question that may be hidden: show it first.
  errors?.addEventListener("click", (event) => {
    const link = event.target.closest("a[href^='#']");
    const target = link && document.getElementById(link.getAttribute("href").slice(1));
    const step = target?.closest("[data-sa-question]");
    if (!step) return;
    event.preventDefault();
    show(steps.indexOf(step), { focus: false });
    target.focus();
    remember();
  });

  show(current, { focus: false });
  if (errors) {
    errors.focus();
  } else if (window.location.search) {
    remember();
  }
}

// Where to begin: the question in the address (#vraag-...), else the first one with an error,
// else the first open question once something is answered, else the very first step.
function startingStep(steps, questions, isAnswered) {
  const named = window.location.hash && document.getElementById(window.location.hash.slice(1));
  const inAddress = named ? steps.findIndex((step) => step.contains(named)) : -1;
  if (inAddress >= 0) return inAddress;
  const firstError = steps.findIndex((step) => step.matches(".vp-sa-question--error"));
  if (firstError >= 0) return firstError;
  if (!questions.some(isAnswered)) return 0;
  const firstOpen = questions.find((question) => !isAnswered(question));
  return steps.indexOf(firstOpen ?? questions[questions.length - 1]);
}

function shareBlock() {
  const block = document.createElement("div");
  block.className = "vp-sa-share vp-sa-share--form";
  const buttons = document.createElement("p");
  buttons.className = "vp-sa-share__buttons";
  buttons.setAttribute("data-sa-share-buttons", "");
  buttons.append(button("Bewaar of deel deze link", "vp-button"));
  buttons.firstChild.setAttribute("data-sa-copy", "");
  const status = document.createElement("p");
  status.className = "vp-sa-share__status";
  status.setAttribute("role", "status");
  status.setAttribute("data-sa-share-status", "");
  block.append(buttons, status);
  return block;
}

// "Kopieer de link" copies the address; where the browser can share (phones), a second
// button opens its share menu. Without a clipboard the link is selected to copy by hand.
function shareButtons(block, link) {
  const buttons = block.querySelector("[data-sa-share-buttons]");
  const copy = block.querySelector("[data-sa-copy]");
  const status = block.querySelector("[data-sa-share-status]");
  const input = block.querySelector("input");
  buttons.hidden = false;
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(link());
      status.textContent =
        "De link is gekopieerd. Bewaar hem als bladwijzer of stuur hem naar een collega.";
    } catch {
      if (input) {
        input.focus();
        input.select();
        status.textContent = "Kopiëren lukte niet. De link is geselecteerd: kopieer hem zelf.";
      } else {
        status.textContent = `Kopiëren lukte niet. Kopieer de link uit de adresbalk: ${link()}`;
      }
    }
  });
  const native = block.querySelector("[data-sa-native-share]");
  if (native && typeof navigator.share === "function") {
    native.hidden = false;
    native.addEventListener("click", () => {
      navigator.share({ title: document.title, url: link() }).catch(() => {});
    });
  }
}

function button(text, className) {
  const element = document.createElement("button");
  element.type = "button";
  element.className = className;
  element.textContent = text;
  return element;
}
