/** PrintedOnStamp's behaviour: the PrintedOn lines say the day the page was printed. */

/** "Printed on 5 December 2026. Check the online handbook for the latest version: https://…/" */
export function printedOnText(printedOn: string, address: string): string {
  return `Printed on ${printedOn}. Check the online handbook for the latest version: ${address}`;
}

/** Writes today's date into every PrintedOn line on the page. */
export function stampPrintedOn(today = new Date()): void {
  const date = today.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  for (const note of document.querySelectorAll<HTMLElement>('[data-printed-on]'))
    note.textContent = printedOnText(date, note.dataset.address!);
}
