/**
 * A phone's first screen, beyond what the every-page test checks on each page (tests/browser/pages.spec.ts:
 * the title's position, the text before the standards box, no split words): High visibility shows the
 * chosen text size as chosen, and the home page gives the out-of-hours number on the first screen.
 */
import { expect, test } from '@playwright/test';
import { setReadingMode } from './readingModes.ts';
import { phone } from './phone.ts';
import { contactPhone } from './site.ts';

test.use({ viewport: phone });

test('High visibility: the chosen text size looks chosen and the others do not (computed styles)', async ({ page }) => {
  await page.goto('/handbook/missing-from-care/');
  await setReadingMode(page, 'high');
  await page.getByRole('banner').getByRole('button', { name: 'Text size and contrast' }).click();
  const marks = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('.reading-controls input[type="radio"]')].map((input) => {
        const dot = getComputedStyle(input, '::before');
        const ring = getComputedStyle(input);
        return {
          value: input.value,
          dot: dot.transform !== 'matrix(0, 0, 0, 0, 0, 0)' && dot.backgroundColor === ring.borderTopColor,
          inside: ring.backgroundColor,
        };
      }),
    );
  const before = await marks();
  expect(before.filter((m) => m.dot).map((m) => m.value)).toEqual(['standard']);
  // Not chosen: an empty ring on the (black) background, never a solid white disc.
  expect(new Set(before.map((m) => m.inside))).toEqual(new Set(['rgb(0, 0, 0)']));
  await page.getByText('Largest', { exact: true }).click();
  expect((await marks()).filter((m) => m.dot).map((m) => m.value)).toEqual(['largest']);
});

test('the home page gives the out-of-hours number on the first screen at Standard size, and near it at Largest', async ({ page }) => {
  await page.goto('/');
  const bottom = async () => {
    const box = (await page
      .locator('#get-help')
      .getByRole('link', { name: contactPhone('fostering-on-call') })
      .boundingBox())!;
    return box.y + box.height;
  };
  await setReadingMode(page, 'standard');
  expect(await bottom()).toBeLessThanOrEqual(phone.height);
  // At Largest, 999 and what it is for come first: Fostering On Call follows, within a screen and a half
  // (it was four screens down when the header took the first two).
  await setReadingMode(page, 'largest');
  expect(await bottom()).toBeLessThanOrEqual(phone.height * 1.5);
});
