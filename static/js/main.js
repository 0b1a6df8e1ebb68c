// Entry module: marks that JavaScript runs and loads a behaviour only where the page needs it.
// Each import names its file literally, so that collectstatic rewrites it to the hashed name
// (assets/static_storage.py): every module is then cached for a year and never stale.
document.documentElement.classList.replace("no-js", "js");

const behaviours = [
  ["[data-video]", () => import("./video.js")],
  ["[data-infographic]", () => import("./infographic.js")],
  ["[data-filter-form]", () => import("./filters.js")],
  ["[data-selfassessment], [data-sa-print], [data-sa-share]", () => import("./selfassessment.js")],
  ["[data-pt-screen]", () => import("./protocol.js")],
  ["[data-feedback]", () => import("./feedback.js")],
];

for (const [selector, load] of behaviours) {
  const elements = document.querySelectorAll(selector);
  if (elements.length) {
    load().then((module) => module.default(elements));
  }
}
