/**
 * The typeface is an enhancement: pages use the system's sans-serif until Inter has arrived. Its
 * files are requested only once the first page has loaded, so that on a slow connection they
 * never compete with the code that makes the page usable.
 */
let requested = false;

export function loadFontsAfterFirstPage(): void {
  if (requested) return;
  requested = true;
  const load = () => void import('./fonts.css');
  // The page renders in the task after its module has arrived; the fonts come after that.
  if ('requestIdleCallback' in window) window.requestIdleCallback(load, { timeout: 2_000 });
  else setTimeout(load, 200);
}
