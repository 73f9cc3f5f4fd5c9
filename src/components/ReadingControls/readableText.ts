/**
 * What "Listen to this page" reads: the visible text of the main content (the page's article where it
 * has one, so not the related pages and dates after it) in reading order, never its navigation
 * (on-page contents, standards box, previous/next), split into sentences so long passages are
 * not cut off by browsers that stop a single utterance after a few seconds.
 */
const blocks = 'p,li,dt,dd,th,td,caption,figcaption,blockquote,h1,h2,h3,h4,h5,h6';

export function readableText(main: Element): string[] {
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const text = new Map<Element, string>();
  for (let node: Node | null; (node = walker.nextNode());) {
    const parent = node.parentElement!;
    if (parent.closest('nav,[hidden],[aria-hidden="true"]') || !parent.checkVisibility()) continue;
    const block = parent.closest(blocks) ?? parent;
    text.set(block, (text.get(block) ?? '') + (node as Text).data);
  }
  return [...text.values()].flatMap((block) => block.replace(/\s+/g, ' ').match(/[^ ][^.!?]*(?:[.!?]+|$)/g) ?? []);
}
