import { test } from 'node:test';
import assert from 'node:assert/strict';
import { printedOnText } from '../../src/components/PrintedOn/printedOn.ts';

test('on paper: when it was printed and where the latest version is', () => {
  assert.equal(
    printedOnText('5 December 2026', 'https://handbook.test/handbook/allegations/'),
    'Printed on 5 December 2026. Check the online handbook for the latest version: https://handbook.test/handbook/allegations/',
  );
});
