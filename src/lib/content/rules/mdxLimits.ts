/**
 * MDX can run code while the site is built and in the reader's browser. A handbook page may use only the
 * handbook's own components, with plain text attribute values, and a few harmless HTML elements: no
 * import or export lines, no {code} anywhere, no spread attributes, no event handlers or styles, and never
 * the elements that run scripts, load other sites or collect data. Checked on the parsed tree, so nothing
 * written in an unexpected way slips past.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';
import type { Finding } from '../problem.ts';
import { placeOf, walk } from '../mdx.ts';
import { closestIds, listInWords } from '../suggest.ts';
import { allowedHtml, authorComponentNames, authorComponents, forbiddenHtml, type ComponentRule } from '../authorComponents.ts';

const componentList = listInWords(authorComponentNames.map((name) => `<${name}>`));
const askWebTeam = 'If the page needs something else, ask the web team.';

function attributeProblems(element: MdxJsxFlowElement | MdxJsxTextElement, name: string, rule: ComponentRule | undefined, contactIds: ReadonlySet<string> | undefined): Finding[] {
  const problems: Finding[] = [];
  const place = placeOf(element);
  const given = new Set<string>();
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({ ...place, what: `<${name}> has code in curly brackets ({${attribute.value}})`, fix: 'write each attribute as name="text", for example <Contact id="fostering-on-call" />.' });
      continue;
    }
    const attributeName = attribute.name;
    given.add(attributeName);
    if (/^on/i.test(attributeName)) {
      problems.push({ ...place, what: `<${name}> has an event handler (${attributeName}), which runs code in the reader's browser`, fix: `remove ${attributeName}. ${askWebTeam}` });
      continue;
    }
    if (attributeName.toLowerCase() === 'style') {
      problems.push({ ...place, what: `<${name}> has a style attribute`, fix: `remove it: the site's styles are the same on every page, for every reading mode. ${askWebTeam}` });
      continue;
    }
    if (attribute.value !== null && typeof attribute.value === 'object') {
      problems.push({ ...place, what: `the ${attributeName} of <${name}> is code in curly brackets ({${attribute.value.value}})`, fix: `write the value as text in quotes, for example ${attributeName}="…".` });
      continue;
    }
    const allowed = rule?.attributes[attributeName];
    if (!allowed) {
      const known = Object.keys(rule?.attributes ?? {});
      problems.push({
        ...place,
        what: `<${name}> has an attribute "${attributeName}" it does not take`,
        fix: known.length ? `use ${listInWords(known.map((k) => `${k}="…"`))}, or remove it.` : `remove it: <${name}> takes no attributes.`,
      });
      continue;
    }
    const value = attribute.value;
    if (value === null || value === undefined || value.trim() === '') {
      problems.push({ ...place, what: `the ${attributeName} of <${name}> has no value`, fix: `write it as ${attributeName}="…".` });
    } else if (allowed.values && !allowed.values.includes(value)) {
      problems.push({ ...place, what: `${attributeName}="${value}" is not something <${name}> can show`, fix: `use ${listInWords(allowed.values.map((v) => `${attributeName}="${v}"`))}.` });
    } else if (name === 'Contact' && attributeName === 'id' && contactIds && !contactIds.has(value)) {
      problems.push({
        ...place,
        what: `<Contact id="${value}"> is not a contact in content/contacts.yaml`,
        fix: `did you mean ${listInWords(closestIds(value, [...(contactIds ?? [])]).map((c) => `"${c}"`))}? Add new contacts to content/contacts.yaml first.`,
      });
    }
  }
  for (const [attributeName, attributeRule] of Object.entries(rule?.attributes ?? {})) {
    if (attributeRule.required && !given.has(attributeName)) {
      problems.push({ ...place, what: `<${name}> has no ${attributeName}`, fix: `add it, for example ${rule!.example}.` });
    }
  }
  return problems;
}

function elementProblems(element: MdxJsxFlowElement | MdxJsxTextElement, contactIds: ReadonlySet<string> | undefined): Finding[] {
  const place = placeOf(element);
  const name = element.name;
  if (!name) return [{ ...place, what: 'the page has an empty tag <>', fix: 'remove <> and </>: they are not needed in a page.' }];
  const lower = name.toLowerCase();
  if (lower in forbiddenHtml) {
    return [{ ...place, what: `the page contains <${name}>, which ${forbiddenHtml[lower]}`, fix: `remove it: handbook pages cannot contain <${lower}>. ${askWebTeam}` }];
  }
  const rule = (authorComponents as Record<string, ComponentRule>)[name];
  if (rule) {
    const problems = attributeProblems(element, name, rule, contactIds);
    if (!rule.wrapsText && element.children.length > 0) {
      problems.push({ ...place, what: `<${name}> has text inside it`, fix: `write it on its own, ending with />, for example ${rule.example}.` });
    }
    return problems;
  }
  if (allowedHtml.includes(name)) return attributeProblems(element, name, { attributes: {}, wrapsText: true, example: `<${name}>` }, contactIds);
  if (/^[a-z]/.test(name)) {
    return [{ ...place, what: `the page contains the HTML tag <${name}>`, fix: `write it in Markdown instead (## for a heading, - for a list, [text](address) for a link), or use ${componentList}. ${askWebTeam}` }];
  }
  return [{ ...place, what: `<${name}> is not one of the handbook's components`, fix: `use ${componentList} (see CONTRIBUTING.md, "Boxes and contacts").` }];
}

/** What MDX a page may use; `contactIds` left out, <Contact id> values are not looked up (the compile guard). */
export function mdxProblems(tree: Root, contactIds?: readonly string[]): Finding[] {
  const problems: Finding[] = [];
  const contacts = contactIds && new Set(contactIds);
  walk(tree, (node) => {
    const place = placeOf(node);
    if (node.type === 'mdxjsEsm') {
      const statement = node.value.trim().split('\n')[0];
      problems.push({
        ...place,
        what: /^export\b/.test(statement) ? `"${statement}" adds code to the page` : `"${statement}" imports code into the page`,
        fix: `delete this line. Pages use ${componentList} without importing anything, and cannot run code.`,
      });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      problems.push({
        ...place,
        what: `"{${node.value.trim()}}" is code in curly brackets`,
        fix: 'curly brackets run code in MDX. Remove them; to show a curly bracket in the text write \\{ instead. Notes for staff go in the editorial log, not in the page.',
      });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      problems.push(...elementProblems(node, contacts));
    }
  });
  return problems;
}
