import { expect, test, type Page } from '@playwright/test';

const section = '/handbook/foster-care-agreement/';
const controls = (page: Page) => page.getByRole('region', { name: 'Text size and contrast' });
const status = (page: Page) => controls(page).getByRole('status');
const html = (page: Page) => page.locator('html');
const opener = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'Text size and contrast' });
/** Opens the reading controls with the header's button, as a reader does. */
const openControls = async (page: Page) => {
  if ((await opener(page).getAttribute('aria-expanded')) !== 'true') await opener(page).click();
  await expect(controls(page)).toBeVisible();
};

/** What the browser reports for the element that has focus: enough to tell whether focus can be seen. */
const focusLook = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement!;
    const css = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    return {
      name: (el.textContent || (el as HTMLInputElement).labels?.[0]?.textContent || '').trim(),
      outline: css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) >= 2 && !/, 0\)$|transparent/.test(css.outlineColor),
      shadow: css.boxShadow !== 'none',
      width: box.width,
      height: box.height,
    };
  });

test('keyboard: the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(section);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab continues from the main content, not from the top of the page.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
});

test('the Text size and contrast button opens and closes the controls and says which it is; without script neither is offered', async ({
  page,
  browser,
}) => {
  await page.goto(section);
  await expect(opener(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(controls(page)).toBeHidden();
  await opener(page).click();
  await expect(opener(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(controls(page).getByRole('radio', { name: 'Standard' })).toBeChecked();
  await opener(page).click();
  await expect(opener(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(controls(page)).toBeHidden();

  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(section);
  await expect(opener(plain)).toBeHidden();
  await expect(controls(plain)).toBeHidden();
  await noScript.close();
});

test('keyboard: every reading control is reached with Tab, works from the keyboard and shows focus', async ({ page }) => {
  await installSpeechRecorder(page);
  await page.goto(section);
  const tabTo = async (name: RegExp) => {
    for (let i = 0; i < 15; i++) {
      await page.keyboard.press('Tab');
      const look = await focusLook(page);
      if (name.test(look.name)) {
        expect(look.outline || look.shadow, `focus visible on ${look.name}`).toBe(true);
        expect(Math.min(look.width, look.height), `${look.name} is at least 24px`).toBeGreaterThanOrEqual(24);
        return;
      }
    }
    throw new Error(`Tab never reached ${name}`);
  };

  await tabTo(/Text size/);
  await expect(controls(page)).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(opener(page)).toHaveAttribute('aria-expanded', 'true');
  await expect(controls(page)).toBeVisible();
  await tabTo(/^Standard$/);
  await page.keyboard.press('ArrowRight');
  await expect(html(page)).toHaveAttribute('data-text-size', 'large');
  await expect(controls(page).getByRole('radio', { name: 'Large', exact: true })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await expect(html(page)).toHaveAttribute('data-text-size', 'largest');
  await expect(status(page)).toHaveText('Text size: Largest. High visibility off.');

  await tabTo(/^High visibility$/);
  await page.keyboard.press('Space');
  await expect(html(page)).toHaveAttribute('data-contrast', 'high');
  await expect(controls(page).getByRole('checkbox', { name: 'High visibility' })).toBeChecked();
  await expect(status(page)).toHaveText('Text size: Largest. High visibility on.');

  await tabTo(/Listen to this page/);
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('Reading the page aloud.');
  await expect(page.getByRole('button', { name: 'Pause reading' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Continue reading' })).toBeFocused();
  await tabTo(/^Stop reading$/);
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('Stopped reading.');
  await expect(page.getByRole('button', { name: 'Listen to this page' })).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as SpeechWindow).speech.calls)).toEqual(['cancel', 'pause', 'cancel']);

  // Back to standard with the keyboard alone.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await expect(html(page)).not.toHaveAttribute('data-contrast');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(html(page)).not.toHaveAttribute('data-text-size');
  await expect(status(page)).toHaveText('Text size: Standard. High visibility off.');
});

test('persistence: Largest and High visibility are kept across pages and reloads, announced, and on <html> before the stylesheet', async ({
  page,
}) => {
  await page.goto(section);
  await openControls(page);
  await controls(page).getByText('Largest', { exact: true }).click();
  await controls(page).getByText('High visibility', { exact: true }).click();
  await expect(status(page)).toHaveText('Text size: Largest. High visibility on.');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'One Minute Guides' }).click();
  await expect(page).toHaveURL(/\/guides\/$/);
  for (const reload of [false, true]) {
    if (reload) await page.reload();
    await openControls(page);
    await expect(html(page)).toHaveAttribute('data-text-size', 'largest');
    await expect(html(page)).toHaveAttribute('data-contrast', 'high');
    await expect(controls(page).getByRole('radio', { name: 'Largest' })).toBeChecked();
    await expect(controls(page).getByRole('checkbox', { name: 'High visibility' })).toBeChecked();
    await expect(status(page)).toHaveText('Text size: Largest. High visibility on.');
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBe(32);
  }

  // First paint: hold the stylesheet back, and look at <html> while it is still loading.
  let releaseCss = () => {};
  const cssHeld = new Promise<void>((resolve) => (releaseCss = resolve));
  await page.route('**/*.css', async (route) => {
    await cssHeld;
    await route.continue();
  });
  await page.goto('/contents/', { waitUntil: 'commit' });
  await page.waitForSelector('link[rel="stylesheet"]', { state: 'attached' });
  const beforeStyles = await page.evaluate(() => ({
    size: document.documentElement.getAttribute('data-text-size'),
    contrast: document.documentElement.getAttribute('data-contrast'),
    stylesheetLoaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].some((link) => link.sheet),
  }));
  expect(beforeStyles).toEqual({ size: 'largest', contrast: 'high', stylesheetLoaded: false });
  releaseCss();
  await page.waitForLoadState('load');

  // Nothing moved as the page came in: no layout shift at all.
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
  expect(shift).toBe(0);
});

test('a page restored with Back shows the setting chosen since', async ({ page }) => {
  await page.goto('/contents/');
  await page.getByRole('link', { name: 'Foster Care Agreement', exact: true }).click();
  await openControls(page);
  await controls(page).getByText('Large', { exact: true }).click();
  await page.goBack();
  await expect(html(page)).toHaveAttribute('data-text-size', 'large');
  await openControls(page);
  await expect(controls(page).getByRole('radio', { name: 'Large', exact: true })).toBeChecked();
});

test.describe('a device set to increase contrast', () => {
  test.use({ contrast: 'more' });
  test('starts in high visibility until the reader chooses otherwise', async ({ page }) => {
    await page.goto('/');
    await expect(html(page)).toHaveAttribute('data-contrast', 'high');
    await openControls(page);
    const checkbox = controls(page).getByRole('checkbox', { name: 'High visibility' });
    await expect(checkbox).toBeChecked();
    await checkbox.uncheck();
    await page.reload();
    await expect(html(page)).not.toHaveAttribute('data-contrast');
    await openControls(page);
    await expect(checkbox).not.toBeChecked();
  });
});

test.describe('forced colours (Windows contrast themes)', () => {
  test.use({ forcedColors: 'active' });
  test('borders, focus rings, icons and the chosen setting stay visible', async ({ page }) => {
    await installSpeechRecorder(page);
    await page.goto(section);
    await openControls(page);
    await controls(page).getByText('Large', { exact: true }).click();
    const look = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      const chosen = style('.reading-controls__option:has(:checked)');
      const other = style('.reading-controls__option:not(:has(:checked))');
      const icon = style('.reading-controls__icon');
      return {
        chosenOutline: chosen.outlineStyle,
        otherOutline: other.outlineStyle,
        border: `${other.borderTopStyle} ${other.borderTopWidth}`,
        iconFill: icon.fill,
        iconColour: icon.color,
      };
    });
    expect(look.chosenOutline).toBe('solid');
    expect(look.otherOutline).toBe('none');
    expect(look.border).toBe('solid 1px');
    expect(look.iconFill).toBe(look.iconColour); // the icon is drawn in the system text colour
    await page.getByRole('button', { name: 'Listen to this page' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    const focus = await focusLook(page);
    expect(focus.outline).toBe(true);
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('turns transitions and animations off', async ({ page }) => {
    await page.goto(section);
    const motion = await page.evaluate(() => {
      const css = getComputedStyle(document.querySelector('.reading-controls__option')!);
      return [css.transitionDuration, css.animationDuration, getComputedStyle(document.documentElement).scrollBehavior];
    });
    expect(motion).toEqual(['1e-05s', '1e-05s', 'auto']);
  });
});

test('Listen to this page reads the main content, never the navigation, and can be paused, resumed and stopped', async ({ page }) => {
  await installSpeechRecorder(page);
  await page.goto(section);
  await openControls(page);
  await page.getByRole('button', { name: 'Listen to this page' }).click();
  const spoken: string[] = await page.evaluate(() =>
    (window as unknown as SpeechWindow).speech.spoken.map((u: SpeechSynthesisUtterance) => u.text),
  );
  const lang = await page.evaluate(() => (window as unknown as SpeechWindow).speech.spoken[0].lang);
  expect(lang).toBe('en-GB');
  expect(spoken[0]).toBe('Foster Care Agreement');
  expect(spoken.join(' ')).toContain('The written agreement between you and the Fostering Service');
  expect(spoken.join(' ')).toContain('What you need to do');
  for (const navigation of [
    'On this page',
    'Standards and regulations',
    'Schedule 5:',
    'Skip to main content',
    'One Minute Guides',
    'Being a foster carer',
    'Previous',
    'Next',
    'Text size and contrast',
    'Related pages',
    'Last reviewed',
  ]) {
    expect(spoken, `"${navigation}" is navigation, not read`).not.toContainEqual(expect.stringContaining(navigation));
  }
  expect(spoken.every((text) => text.length > 0 && text.trim() === text)).toBe(true);

  await page.getByRole('button', { name: 'Pause reading' }).click();
  await expect(status(page)).toHaveText('Reading paused.');
  await page.getByRole('button', { name: 'Continue reading' }).click();
  await expect(status(page)).toHaveText('Reading aloud.');
  expect(await page.evaluate(() => (window as unknown as SpeechWindow).speech.calls)).toEqual(['cancel', 'pause', 'resume']);

  // The last sentence ends: back to the start, and said so.
  await page.evaluate(() => {
    const utterances = (window as unknown as SpeechWindow).speech.spoken;
    utterances[utterances.length - 1].onend?.(new Event('end') as SpeechSynthesisEvent);
  });
  await expect(status(page)).toHaveText('Finished reading the page.');
  await expect(page.getByRole('button', { name: 'Listen to this page' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Stop reading' })).toBeHidden();
});

test('Listen to this page is not offered where the browser cannot speak', async ({ page }) => {
  await page.addInitScript(() => {
    // A browser that cannot speak has no speechSynthesis at all.
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    delete (Window.prototype as { speechSynthesis?: unknown }).speechSynthesis;
  });
  await page.goto(section);
  expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
  await openControls(page);
  await expect(page.getByRole('button', { name: 'Listen to this page' })).toBeHidden();
});

test('the Accessibility and reading help page is linked from every page footer and has the statement', async ({ page }) => {
  await page.goto('/guides/');
  await page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'Accessibility and reading help' }).click();
  await expect(page).toHaveURL(/\/accessibility\/$/);
  await expect(page.locator('h1')).toHaveText('Accessibility and reading help');
  for (const heading of [
    'Change the text size and contrast on this site',
    'Listen to a page',
    'Make text bigger on your phone, tablet or computer',
    'Have pages read aloud by your phone, tablet or computer',
    'Accessibility statement',
    'Feedback and contact information',
    'Reporting accessibility problems with this website',
    'Enforcement procedure',
    'Compliance status',
    'How we tested this website',
  ]) {
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('main').getByRole('link', { name: 'CSCFostering@coventry.gov.uk' }).first()).toHaveAttribute(
    'href',
    'mailto:CSCFostering@coventry.gov.uk',
  );
});

/** Replaces the browser's speech with a recorder: what was queued, and which controls were used. */
/** What the stand-in for the speech API records: every utterance spoken and every other call. */
interface SpeechWindow {
  speech: { spoken: SpeechSynthesisUtterance[]; calls: string[] };
}

async function installSpeechRecorder(page: Page) {
  await page.addInitScript(() => {
    const speech = { spoken: [] as SpeechSynthesisUtterance[], calls: [] as string[] };
    (window as unknown as SpeechWindow).speech = speech;
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        speak: (utterance: SpeechSynthesisUtterance) => speech.spoken.push(utterance),
        cancel: () => speech.calls.push('cancel'),
        pause: () => speech.calls.push('pause'),
        resume: () => speech.calls.push('resume'),
        getVoices: () => [],
      },
    });
  });
}
