import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

// WCAG 2.1 A and AA, and axe's best practices (landmarks, heading order, one h1 …), and the
// rule that a control's accessible name contains its visible text (WCAG 2.5.3), which axe
// still calls experimental and Lighthouse checks.
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const AXE_RULES = { 'label-content-name-mismatch': { enabled: true } };

type Scheme = 'light' | 'dark';
type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function describe(violation: Violation): string {
  const nodes = violation.nodes.slice(0, 5).map((node) => {
    const why = (node.failureSummary ?? '').split('\n').slice(1, 2).join('').trim();
    return `    ${node.target.join(' ')}${why ? ` — ${why}` : ''}`;
  });
  const more = violation.nodes.length > 5 ? [`    … and ${violation.nodes.length - 5} more`] : [];
  return [
    `  ${violation.id} (${violation.impact}, ${violation.nodes.length}×): ${violation.help}`,
    ...nodes,
    ...more,
  ].join('\n');
}

/** Ends at once the colour transitions a scheme change started, so axe sees the final colours. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const a of document.getAnimations()) {
      // finish() throws for an animation with no end; a transition always has one.
      if (a instanceof CSSTransition) a.finish();
    }
  });
}

/**
 * Runs axe on the page as it is, in its colour scheme and then in the other one, and fails
 * (softly: the test goes on to its next screens) on any violation.
 */
export async function expectAccessible(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  // axe takes seconds on a long page: each check brings its own time.
  testInfo.setTimeout(testInfo.timeout + 20_000);
  const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const current: Scheme = dark ? 'dark' : 'light';
  const schemes: Scheme[] = dark ? ['dark', 'light'] : ['light', 'dark'];
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme });
    await settle(page);
    const { violations } = await new AxeBuilder({ page })
      .options({ runOnly: { type: 'tag', values: AXE_TAGS }, rules: AXE_RULES })
      .analyze();
    expect.soft(violations.map(describe).join('\n'), `${name} (${scheme}): accessibility violations`).toBe('');
  }
  await page.emulateMedia({ colorScheme: current });
  await settle(page);
}
