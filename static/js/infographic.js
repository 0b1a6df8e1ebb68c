// The interactive infographic. The server renders every phase and step as ordered lists (the text
// alternative, also used without JavaScript and in print). This module turns each step heading into
// a button that opens a shared detail panel, keeps the opened step in the URL fragment
// (#stap-<anchor>) so that links and Back/Forward work, and announces changes to screen readers.
const FRAGMENT_PREFIX = "stap-";
const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

export default function enhanceInfographics(elements) {
  enablePrintButtons();
  for (const element of elements) {
    if (element.dataset.infographic === "diagram") new Infographic(element);
  }
}

function enablePrintButtons() {
  for (const button of document.querySelectorAll("[data-infographic-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
}

class Infographic {
  constructor(root) {
    this.root = root;
    this.panel = root.querySelector("[data-infographic-panel]");
    this.status = root.querySelector("[data-infographic-status]");
    const items = [...root.querySelectorAll("[data-step]")];
    if (!this.panel || !this.status || !items.length) return;

    this.aside = root.querySelector("[data-infographic-aside]");
    this.hint = root.querySelector("[data-infographic-hint]");
    this.current = null;
    this.steps = items.map((item, index) => this.enhanceStep(item, index));

    root.classList.add("vp-infographic--enhanced");
    root.querySelector("[data-infographic-help]").hidden = false;
    this.aside.hidden = false;
    this.setTabStop(this.steps[0]);
    this.listen();
    this.syncWithUrl();
  }

  // Moves the heading's content into a button, so the heading stays a heading for screen readers.
  enhanceStep(item, index) {
    const heading = item.querySelector("[data-step-heading]");
    const phase = item.closest("[data-phase-title]");
    const stepsInPhase = [...phase.querySelectorAll("[data-step]")];
    const button = document.createElement("button");
    button.type = "button";
    button.className = "vp-infographic__step-button";
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", this.panel.id);
    button.append(...heading.childNodes);
    heading.append(button);
    return {
      index,
      item,
      button,
      slug: item.dataset.step,
      name: item.querySelector("[data-step-name]").textContent.trim(),
      detail: item.querySelector("[data-step-detail]"),
      phaseTitle: phase.dataset.phaseTitle,
      phaseNumber: phase.dataset.phaseNumber,
      phaseColour: phase.dataset.phaseColour,
      number: stepsInPhase.indexOf(item) + 1,
      count: stepsInPhase.length,
    };
  }

  listen() {
    for (const step of this.steps) {
      step.button.addEventListener("click", () => this.toggle(step));
      step.button.addEventListener("focus", () => this.setTabStop(step));
      step.button.addEventListener("keydown", (event) => this.onStepKey(event, step));
    }
    this.panel.querySelector("[data-panel-close]").addEventListener("click", () => {
      this.close({ returnFocus: true });
    });
    this.panel.querySelector("[data-panel-previous]").addEventListener("click", () => {
      this.openNeighbour(-1);
    });
    this.panel.querySelector("[data-panel-next]").addEventListener("click", () => {
      this.openNeighbour(1);
    });
    document.addEventListener("keydown", (event) => {
      const focusHere = this.root.contains(document.activeElement);
      const focusNowhere = document.activeElement === document.body;
      if (event.key === "Escape" && this.current && (focusHere || focusNowhere)) {
        event.preventDefault();
        this.close({ returnFocus: true });
      }
    });
    // Back and Forward, and links to another step on this page.
    window.addEventListener("popstate", () => this.syncWithUrl());
    window.addEventListener("hashchange", () => this.syncWithUrl());
  }

  onStepKey(event, step) {
    const moves = {
      ArrowRight: step.index + 1,
      ArrowDown: step.index + 1,
      ArrowLeft: step.index - 1,
      ArrowUp: step.index - 1,
      Home: 0,
      End: this.steps.length - 1,
    };
    if (!(event.key in moves) || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const target = this.steps[Math.min(Math.max(moves[event.key], 0), this.steps.length - 1)];
    this.setTabStop(target);
    target.button.focus();
  }

  // Roving focus: only one step is in the Tab order, so Tab moves on to the panel.
  setTabStop(step) {
    for (const other of this.steps) other.button.tabIndex = other === step ? 0 : -1;
  }

  toggle(step) {
    if (this.current === step) this.close();
    else this.open(step);
  }

  openNeighbour(offset) {
    const target = this.current && this.steps[this.current.index + offset];
    if (target) this.open(target);
  }

  open(step, { updateUrl = true } = {}) {
    if (this.current) this.current.button.setAttribute("aria-expanded", "false");
    this.current = step;
    step.button.setAttribute("aria-expanded", "true");
    this.setTabStop(step);
    this.fillPanel(step);
    this.panel.hidden = false;
    this.hint.hidden = true;
    const fragment = `#${FRAGMENT_PREFIX}${step.slug}`;
    if (updateUrl && window.location.hash !== fragment) {
      window.history.pushState({ infographicStep: step.slug }, "", fragment);
    }
    this.announce(
      `Uitleg geopend: ${step.name}. Fase ${step.phaseNumber}, ${step.phaseTitle}, ` +
        `stap ${step.number} van ${step.count}.`,
    );
    this.panel.scrollIntoView({ block: "nearest", behavior: reducedMotion.matches ? "auto" : "smooth" });
  }

  close({ updateUrl = true, returnFocus = false } = {}) {
    const step = this.current;
    if (!step) return;
    const focusWasInPanel = this.panel.contains(document.activeElement);
    step.button.setAttribute("aria-expanded", "false");
    this.current = null;
    this.panel.hidden = true;
    this.hint.hidden = false;
    if (updateUrl && window.location.hash) {
      window.history.pushState({ infographicStep: null }, "", window.location.pathname + window.location.search);
    }
    this.announce(`Uitleg gesloten: ${step.name}.`);
    // Never leave the keyboard focus on something that just disappeared.
    if (returnFocus || focusWasInPanel) step.button.focus();
  }

  fillPanel(step) {
    this.panel.querySelector("[data-panel-context]").textContent =
      `Fase ${step.phaseNumber}: ${step.phaseTitle} – stap ${step.number} van ${step.count}`;
    this.panel.querySelector("[data-panel-title]").textContent = step.name;
    const body = this.panel.querySelector("[data-panel-body]");
    body.replaceChildren(...[...step.detail.children].map((child) => child.cloneNode(true)));
    for (const name of [...this.panel.classList]) {
      if (name.startsWith("vp-phase--")) this.panel.classList.remove(name);
    }
    this.panel.classList.add(`vp-phase--${step.phaseColour}`);
    const previous = this.panel.querySelector("[data-panel-previous]");
    const next = this.panel.querySelector("[data-panel-next]");
    // aria-disabled instead of disabled: a disabled button would drop the keyboard focus.
    previous.setAttribute("aria-disabled", String(step.index === 0));
    next.setAttribute("aria-disabled", String(step.index === this.steps.length - 1));
  }

  syncWithUrl() {
    const hash = decodeURIComponent(window.location.hash.slice(1));
    const slug = hash.startsWith(FRAGMENT_PREFIX) ? hash.slice(FRAGMENT_PREFIX.length) : null;
    const step = this.steps.find((candidate) => candidate.slug === slug);
    if (step && step !== this.current) this.open(step, { updateUrl: false });
    else if (!step && this.current) this.close({ updateUrl: false });
  }

  announce(message) {
    // Emptying the region first makes screen readers announce a message again if it repeats.
    this.status.textContent = "";
    window.setTimeout(() => {
      this.status.textContent = message;
    }, 100);
  }
}
