/**
 * Where a link may point. Pages and data files accept only secure web addresses (https:), email and phone
 * links (mailto:, tel:) and addresses inside the handbook (/…, #…). Anything else either runs code in the
 * reader's browser (javascript:, data:), is not secure (http:), or cannot be opened by anyone else (file:).
 * Browsers ignore case, spaces, tabs and line breaks in a scheme, so the check does too.
 */

export type UrlKind = 'https' | 'mailto' | 'tel' | 'internal' | 'anchor';

export type UrlVerdict = { kind: UrlKind } | { what: string; fix: string };

/**
 * An address part with its %-escapes decoded, or as written where an escape is not valid UTF-8 ("%E0"):
 * the rules then report the address as they find it (a page that does not exist, say), never a crash.
 */
export function decodeAddress(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The address as a browser reads its scheme: no whitespace or control characters, lower case. */
function schemeText(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
}

export function classifyUrl(url: string): UrlVerdict {
  const verdict = schemeVerdict(url);
  // A space, tab, line break or invisible character inside an address that is otherwise allowed breaks it
  // (and would break the check's own report line if it were printed as it is).
  // eslint-disable-next-line no-control-regex
  if ('kind' in verdict && /[\u0000-\u0020\u007f\u0085\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u2060\u3000\ufeff]/.test(url.trim())) {
    return {
      what: `the address ${url.trim()} has a space, tab, line break or invisible character in it`,
      fix: 'write the address on one line with nothing between its characters (a space in an address is written %20); copy it again from the browser’s address bar.',
    };
  }
  return verdict;
}

function schemeVerdict(url: string): UrlVerdict {
  const plain = schemeText(url);
  if (/^https:\/\/[^/]/.test(plain)) return { kind: 'https' };
  if (plain.startsWith('mailto:')) return { kind: 'mailto' };
  if (plain.startsWith('tel:')) return { kind: 'tel' };
  if (plain.startsWith('//') || plain.startsWith('/\\')) {
    return { what: `the address ${url} starts with // and would lead to another website`, fix: 'start links to other websites with https:// and links to handbook pages with a single /.' };
  }
  if (plain.startsWith('/')) return { kind: 'internal' };
  if (plain.startsWith('#')) return { kind: 'anchor' };
  if (plain.startsWith('http:')) {
    return { what: `the address ${url} uses http://, which is not secure`, fix: `use the https:// address (${url.trim().replace(/^http:/i, 'https:')}); open it in a browser first to check it works.` };
  }
  if (plain.startsWith('file:') || /^[a-z]:[\\/]/.test(plain) || plain.startsWith('\\\\')) {
    return { what: `the address ${url} points at a file on someone's computer`, fix: 'nobody else can open it. Link to the page on the web (https://…) or to a handbook page (/handbook/…/).' };
  }
  if (/^(javascript|vbscript|data):/.test(plain)) {
    return { what: `the address ${url.slice(0, 40)} would run code or load hidden content in the reader's browser`, fix: 'remove it: links may only go to https:// addresses, mailto: or tel: links, or handbook pages starting with /.' };
  }
  if (/^[a-z][a-z0-9+.-]*:/.test(plain)) {
    return { what: `the address ${url} uses "${plain.split(':')[0]}:", which handbook links cannot use`, fix: 'links may only go to https:// addresses, mailto: or tel: links, or handbook pages starting with /.' };
  }
  return { what: `the address "${url}" is not a full web address or a handbook address`, fix: 'start links to other handbook pages with /, for example /handbook/missing-from-care/, and links to other websites with https://.' };
}

/** A web address for a data field (seeAlso, a standard's official text, a contact's website): https only. */
export function webAddressProblem(url: string): { what: string; fix: string } | undefined {
  const verdict = classifyUrl(url);
  if ('what' in verdict) return verdict;
  if (verdict.kind === 'https') return undefined;
  return { what: `"${url}" is not a web address`, fix: 'write the full address of the web page, starting https://, for example https://www.gov.uk/foster-care.' };
}
