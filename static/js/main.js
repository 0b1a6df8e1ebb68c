// Entry module: marks that JavaScript runs and loads a behaviour only where the page needs it.
document.documentElement.classList.replace("no-js", "js");

const behaviours = [
  ["[data-video]", "./video.js"],
  ["[data-infographic]", "./infographic.js"],
  ["[data-filter-form]", "./filters.js"],
  ["[data-selfassessment], [data-sa-print]", "./selfassessment.js"],
];

for (const [selector, modulePath] of behaviours) {
  const elements = document.querySelectorAll(selector);
  if (elements.length) {
    import(modulePath).then((module) => module.default(elements));
  }
}
