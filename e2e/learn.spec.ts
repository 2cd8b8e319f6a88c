import type { Page } from '@playwright/test'
import { expect, openPlayground, test } from './support/playground'

async function choose(page: Page, question: string, choice: string): Promise<void> {
  await page
    .getByRole('group', { name: question })
    .getByRole('radio', { name: choice, exact: true })
    .check()
}

test('a learner answers one exercise right and one wrong, sees the score and the reveal, and keeps progress across a reload', async ({
  page,
}) => {
  await openPlayground(page)
  await page.getByTestId('learn-toggle').click()
  await expect(page.getByTestId('learn-progress')).toHaveText('Exercise 1 of 34')
  await expect(page.getByTestId('learn-score')).toHaveText('Score: 0 / 0')

  // The first sample, AUTH_CONNECTION_disconnected: sshd closing root's connection from 1.2.3.4.
  await expect(page.getByTestId('exercise-line')).toContainText(
    'Disconnected from user root 1.2.3.4',
  )
  // No answer is on the page before it is revealed.
  await expect(page.locator('.verdict')).toHaveCount(0)
  await choose(page, 'Which event.category?', 'authentication')
  await choose(page, 'Which event.type?', 'end')
  await page.getByLabel('user.name').fill('root')
  await page.getByLabel('source.ip').fill('1.2.3.4')
  await choose(page, 'Which daemon or rule family?', 'SSHD')
  await choose(page, 'Is it security-relevant?', 'yes')
  await page.getByRole('button', { name: 'Reveal' }).press('Enter')

  await expect(page.locator('.verdict-right')).toHaveCount(6)
  await expect(page.getByTestId('learn-score')).toHaveText('Score: 6 / 6')
  const reveal = page.getByTestId('exercise-reveal')
  await expect(reveal.locator('mark.field-source-highlight')).toContainText(['root', '1.2.3.4'])
  await expect(reveal.getByRole('region', { name: /^Scenario: / })).toBeVisible()
  await page.screenshot({ path: 'test-results/learn-right.png' })

  await page.getByRole('button', { name: 'Next exercise' }).click()
  await expect(page.getByTestId('learn-progress')).toHaveText('Exercise 2 of 34')
  await choose(page, 'Which event.category?', 'file')
  await page.getByLabel('user.name').fill('none')
  await page.getByRole('button', { name: 'Reveal' }).click()
  await expect(page.locator('.verdict-wrong')).toHaveCount(6)
  await expect(page.locator('[data-question="user"] .verdict-wrong')).toHaveText('✗ wrong: root')
  await expect(page.getByTestId('learn-score')).toHaveText('Score: 6 / 12')
  await page.screenshot({ path: 'test-results/learn-wrong.png' })

  await page.getByRole('button', { name: 'Next exercise' }).click()
  await page.reload()
  await expect(page.getByTestId('learn-toggle')).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByTestId('learn-progress')).toHaveText('Exercise 3 of 34')
  await expect(page.getByTestId('learn-score')).toHaveText('Score: 6 / 12')
  await expect(page.getByTestId('exercise-line')).toBeVisible()
})
