import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allowedHtml, authorComponentNames, authorComponents, forbiddenHtml, type ComponentRule } from '../../../src/lib/content/authorComponents.ts';
import { parseMdx } from '../../../src/lib/content/mdx.ts';
import { mdxProblems } from '../../../src/lib/content/rules/mdxLimits.ts';

test('each component’s example, as the messages show it, is written the way its own rule asks', () => {
  for (const name of authorComponentNames) {
    const rule: ComponentRule = authorComponents[name];
    assert.match(rule.example, new RegExp(`^<${name}\\b`), name);
    assert.equal(rule.example.includes(`</${name}>`), rule.wrapsText, `${name}: the example wraps text exactly when the component does`);
    for (const [attribute, { required }] of Object.entries(rule.attributes)) {
      if (required) assert.match(rule.example, new RegExp(`\\b${attribute}="[^"]+"`), `${name} needs ${attribute}`);
    }
  }
});

test('an example pasted into a page passes the MDX rule', () => {
  for (const name of authorComponentNames) {
    const example = authorComponents[name].example.replace('…', '\n\nWords.\n\n');
    const contactIds = [...example.matchAll(/id="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(mdxProblems(parseMdx(`Some text.\n\n${example}\n`), contactIds).map((p) => p.what), [], name);
  }
});

test('no element is both allowed and forbidden, and every forbidden one says what harm it does', () => {
  for (const element of allowedHtml) assert.ok(!(element in forbiddenHtml), element);
  for (const [element, harm] of Object.entries(forbiddenHtml)) assert.ok(harm.length > 10, element);
});
