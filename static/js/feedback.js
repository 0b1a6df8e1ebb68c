// "Was deze informatie nuttig?": the answer is sent in the background and the form makes way for
// the thanks (after "Nee" for the question what could be better), with focus on the new text so
// that screen readers read it. Without JavaScript, or when the background request fails, the
// same form is posted the usual way and the server answers with a page of its own.
export default function enhanceFeedback(sections) {
  for (const section of sections) {
    section.addEventListener("submit", async (event) => {
      const form = event.target;
      if (form.dataset.plainSubmit) return;
      event.preventDefault();
      const body = new URLSearchParams(new FormData(form, event.submitter));
      const buttons = form.querySelectorAll("button");
      for (const button of buttons) button.disabled = true;
      try {
        const response = await fetch(form.action, {
          method: "POST",
          body,
          credentials: "omit",
          headers: { "X-Requested-With": "fetch" },
        });
        const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
        const answer = fresh.querySelector("[data-feedback-answer]");
        if (!answer) throw new Error("Unexpected response");
        (form.closest("[data-feedback-answer]") ?? form).replaceWith(document.adoptNode(answer));
        const focus = section.querySelector("[data-feedback-focus], [aria-invalid='true']");
        focus?.focus();
      } catch {
        for (const button of buttons) button.disabled = false;
        form.dataset.plainSubmit = "true";
        form.requestSubmit(event.submitter);
      }
    });
  }
}
