// The self-assessment, one question at a time. Without JavaScript the form shows every question
// on one page; here the same form shows one question with "Vorige" and "Volgende" and a progress
// bar. The form and its GET submit stay the same, so the result URL is the same in both cases.
// On the result page, the print button becomes visible.
export default function enhanceSelfAssessment(elements) {
  for (const element of elements) {
    if (element.matches("[data-sa-print]")) {
      element.hidden = false;
      element.querySelector("button")?.addEventListener("click", () => window.print());
    } else {
      oneQuestionAtATime(element);
    }
  }
}

function oneQuestionAtATime(form) {
  const questions = [...form.querySelectorAll("[data-sa-question]")];
  if (questions.length < 2) return;
  const parts = [...form.querySelectorAll("[data-sa-part]")];
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
  bar.max = questions.length;
  bar.setAttribute("aria-labelledby", status.id);
  stepper.append(status, bar);
  form.prepend(stepper);

  const nav = document.createElement("div");
  nav.className = "vp-sa-nav";
  const previous = button("Vorige vraag", "vp-button");
  const next = button("Volgende vraag", "vp-button vp-button--primary");
  nav.append(previous, next);
  submit.before(nav);

  const isAnswered = (question) => question.querySelector("input:checked") !== null;
  const firstError = questions.findIndex((question) => question.matches(".vp-sa-question--error"));
  const firstOpen = questions.findIndex((question) => !isAnswered(question));
  let current = firstError >= 0 ? firstError : Math.max(firstOpen, 0);

  const show = (index, { focus = true } = {}) => {
    current = Math.min(Math.max(index, 0), questions.length - 1);
    const question = questions[current];
    const part = question.closest("[data-sa-part]");
    for (const each of parts) each.hidden = each !== part;
    for (const each of questions) each.hidden = each !== question;
    const last = current === questions.length - 1;
    previous.hidden = current === 0;
    next.hidden = last;
    submit.hidden = !last;
    bar.value = current + 1;
    const partTitle = part.querySelector("legend").textContent.trim().replace(/\s+/g, " ");
    status.textContent = `Vraag ${current + 1} van ${questions.length}. ${partTitle}`;
    if (focus) question.focus();
  };

  previous.addEventListener("click", () => show(current - 1));
  next.addEventListener("click", () => show(current + 1));
  // Enter in a radio button submits a form; here it goes to the next question until the last.
  form.addEventListener("submit", (event) => {
    if (current < questions.length - 1) {
      event.preventDefault();
      show(current + 1);
    }
  });
  // The links in the error summary point at a question that may be hidden: show it first.
  errors?.addEventListener("click", (event) => {
    const link = event.target.closest("a[href^='#']");
    const target = link && document.getElementById(link.getAttribute("href").slice(1));
    const question = target?.closest("[data-sa-question]");
    if (!question) return;
    event.preventDefault();
    show(questions.indexOf(question), { focus: false });
    target.focus();
  });

  show(current, { focus: false });
  errors?.focus();
}

function button(text, className) {
  const element = document.createElement("button");
  element.type = "button";
  element.className = className;
  element.textContent = text;
  return element;
}
