// Filters of a listing: the results update as soon as the visitor ticks an option or picks a sort
// order, without reloading the page. Focus stays where it is; the result count sits in a live
// region (role="status"), so screen readers announce the new number. Without JavaScript the form's
// submit button does the same with a page load.
export default function enhanceFilters(forms) {
  for (const form of forms) {
    const status = document.querySelector("[data-filter-status]");
    const region = document.querySelector("[data-filter-region]");
    if (!status || !region) continue;
    let pending = null;

    const urlFor = () => {
      const url = new URL(form.action, window.location.href);
      for (const [name, value] of new FormData(form)) {
        if (typeof value === "string" && value.trim() !== "") url.searchParams.append(name, value);
      }
      return url;
    };

    const update = async (url, { push = true } = {}) => {
      pending?.abort();
      pending = new AbortController();
      region.setAttribute("aria-busy", "true");
      try {
        const response = await fetch(url, { signal: pending.signal, headers: { Accept: "text/html" } });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        const fresh = new DOMParser().parseFromString(await response.text(), "text/html");
        const freshRegion = fresh.querySelector("[data-filter-region]");
        const freshStatus = fresh.querySelector("[data-filter-status]");
        if (!freshRegion || !freshStatus) throw new Error("Unexpected response");
        region.replaceChildren(...freshRegion.childNodes);
        // Only the numbers change in the form, so the option that has focus keeps it.
        for (const count of form.querySelectorAll("[data-filter-count]")) {
          const id = count.closest("label")?.htmlFor;
          const freshCount = id && fresh.querySelector(`label[for="${CSS.escape(id)}"] [data-filter-count]`);
          if (freshCount) count.textContent = freshCount.textContent;
        }
        if (!push) syncControls(fresh);
        status.textContent = freshStatus.textContent.trim();
        if (push) window.history.pushState({ filters: true }, "", url);
      } catch (error) {
        if (error.name === "AbortError") return;
        window.location.assign(url); // Let the server render it the usual way.
      } finally {
        region.removeAttribute("aria-busy");
      }
    };

    // After "back" or "forward", show the choices of that address.
    const syncControls = (fresh) => {
      for (const control of form.elements) {
        const freshControl = control.id && fresh.getElementById(control.id);
        if (!freshControl) continue;
        if (control.type === "checkbox") control.checked = freshControl.checked;
        else if ("value" in control) control.value = freshControl.value;
      }
    };

    form.querySelector("[data-filter-hint]")?.removeAttribute("hidden");
    for (const control of document.querySelectorAll("[data-filter-submit]")) {
      if (control.form !== form) continue;
      control.addEventListener("change", () => update(urlFor()));
    }
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      update(urlFor());
    });
    window.addEventListener("popstate", () => update(window.location.href, { push: false }));
  }
}
