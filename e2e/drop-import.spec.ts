import { authorAndExport, AUTHORED_NAME as NAME } from './support/authoring'
import { expect, freshProfile, openPlayground, test } from './support/playground'

test('a sample file dropped on the samples sidebar is imported as the file picker would', async ({
  page,
  browser,
  baseURL,
}) => {
  const exported = (await authorAndExport(page)).toString('utf8')

  const { page: other, close } = await freshProfile(browser, baseURL)
  await openPlayground(other)
  await expect(other.locator('[data-user-sample]')).toHaveCount(0)
  // A real drag cannot be driven from outside the browser; the DataTransfer is built in the page.
  const transfer = await other.evaluateHandle(
    ([name, text]) => {
      const data = new DataTransfer()
      data.items.add(new File([text], name, { type: 'application/json' }))
      data.items.add(new File(['ignored'], 'notes.txt', { type: 'text/plain' }))
      return data
    },
    [`${NAME}.json`, exported] as const,
  )
  const sidebar = other.getByRole('complementary', { name: 'Samples' })
  await sidebar.dispatchEvent('dragover', { dataTransfer: transfer })
  await sidebar.dispatchEvent('drop', { dataTransfer: transfer })
  await expect(other.getByTestId('import-report')).toContainText('Imported 1 sample(s).')
  await expect(other.locator(`[data-user-sample="${NAME}"] .sample-item`)).toHaveAttribute(
    'data-status',
    'pass',
  )
  await close()
})
