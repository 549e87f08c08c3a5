/**
 * Shrink-to-fit for text bodies whose text we changed (a translation, `refit` in the model): PowerPoint
 * would measure such text again when it is edited, so we fit it in the page. The page itself runs no script;
 * this expression is evaluated by us over CDP after layout: for each marked box it binary-searches the
 * --fs font scale (down to PowerPoint's 25% floor) for the largest one at which the text fits the box.
 * Kept as source text because it runs in the page, not in Node (a bundler must not rewrite it).
 */
export const SHRINK_TEXT_TO_FIT = `(() => {
  let changed = 0;
  for (const box of document.querySelectorAll('[data-shrink]')) {
    const content = box.firstElementChild;
    if (!content) continue;
    const st = getComputedStyle(box);
    const avail = box.clientHeight - parseFloat(st.paddingTop) - parseFloat(st.paddingBottom);
    const fits = () => content.scrollHeight <= avail + 0.5;
    if (fits()) continue;
    let lo = 0.25, hi = 1;
    for (let i = 0; i < 7; i++) {
      const mid = (lo + hi) / 2;
      box.style.setProperty('--fs', String(mid));
      if (fits()) lo = mid; else hi = mid;
    }
    box.style.setProperty('--fs', String(Math.floor(lo * 40) / 40));
    changed++;
  }
  return changed;
})()`;
