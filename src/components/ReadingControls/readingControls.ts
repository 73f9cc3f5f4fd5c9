/**
 * Makes ReadingControls work: text size and high visibility (saved, applied to <html>, announced) and
 * "Listen to this page". Every byte counts towards the 1.5 KB gzip reading-controls budget
 * (tests/build/readingControlsBudget.test.ts), so this stays plain DOM code.
 */
import { readableText } from './readableText.ts';

const html = document.documentElement;
const controls = document.querySelector<HTMLElement>('.reading-controls');
const opener = document.querySelector<HTMLElement>('.reading-controls-button');

if (controls && opener) {
  opener.hidden = false;
  opener.addEventListener('click', () => {
    const open = controls.hidden;
    controls.hidden = !open;
    opener.setAttribute('aria-expanded', String(open));
  });

  const status = controls.querySelector('[role="status"]')!;
  const sizes = [...controls.querySelectorAll<HTMLInputElement>('[name="text-size"]')];
  const contrast = controls.querySelector<HTMLInputElement>('[name="contrast"]')!;
  const announce = (message: string) => (status.textContent = message);
  const save = (key: string, value: string) => {
    try {
      localStorage.setItem(key, value);
    } catch {
      // Storage can be off (private browsing): the setting still applies to this page.
    }
  };
  const describe = () =>
    `Text size: ${sizes.find((size) => size.checked)!.labels![0].textContent!.trim()}. High visibility ${contrast.checked ? 'on' : 'off'}.`;

  // Mirror what is on <html> (the head script applied the saved choice), and say so when it is not the default.
  const show = () => {
    const size = html.dataset.textSize ?? 'standard';
    for (const input of sizes) input.checked = input.value === size;
    contrast.checked = html.dataset.contrast === 'high';
  };
  show();
  if (html.dataset.textSize || contrast.checked) announce(describe());

  controls.addEventListener('change', ({ target }) => {
    const input = target as HTMLInputElement;
    if (input === contrast) {
      html.toggleAttribute('data-contrast', input.checked);
      if (input.checked) html.dataset.contrast = 'high';
      save('contrast', input.checked ? 'high' : 'standard');
    } else if (input.checked) {
      if (input.value === 'standard') delete html.dataset.textSize;
      else html.dataset.textSize = input.value;
      save('text-size', input.value);
    }
    announce(describe());
  });

  // The head script re-applies the saved choice to a page restored from the back-forward cache, or
  // changed in another tab; the inputs follow.
  addEventListener('pageshow', show);
  addEventListener('storage', show);

  const listen = controls.querySelector<HTMLElement>('.reading-controls__listen')!;
  const main = document.querySelector('main');
  if ('speechSynthesis' in window && main) {
    const [toggle, stop] = listen.querySelectorAll('button');
    let reading = 0; // which reading is current, so a cancelled one cannot end a newer one
    const set = (state: 'idle' | 'playing' | 'paused', message: string) => {
      listen.dataset.state = state;
      stop.hidden = state === 'idle';
      announce(message);
    };
    toggle.addEventListener('click', () => {
      const state = listen.dataset.state;
      if (state === 'playing') {
        speechSynthesis.pause();
        set('paused', 'Reading paused.');
      } else if (state === 'paused') {
        speechSynthesis.resume();
        set('playing', 'Reading aloud.');
      } else {
        speechSynthesis.cancel();
        const current = ++reading;
        const parts = readableText(main.querySelector('article') ?? main);
        parts.forEach((text, index) => {
          const utterance = new SpeechSynthesisUtterance(text);
          utterance.lang = html.lang;
          if (index === parts.length - 1) utterance.onend = () => current === reading && set('idle', 'Finished reading the page.');
          speechSynthesis.speak(utterance);
        });
        set('playing', 'Reading the page aloud.');
      }
    });
    stop.addEventListener('click', () => {
      reading++;
      speechSynthesis.cancel();
      set('idle', 'Stopped reading.');
      toggle.focus();
    });
    addEventListener('pagehide', () => speechSynthesis.cancel());
    listen.hidden = false;
  }
}
