import { describe, expect, it } from 'vitest'
import { findFormatRoot, formatFolderOf } from './folder'

describe('findFormatRoot', () => {
  it('finds the folder holding ingest/parser.yml, at the top or below', () => {
    expect(findFormatRoot(['ingest/parser.yml', '_meta/manifest.yml'])).toBe('')
    expect(findFormatRoot(['fmt/_meta/manifest.yml', 'fmt/ingest/parser.yml'])).toBe('fmt/')
    expect(findFormatRoot(['a/b/vendor/fmt/ingest/parser.yml'])).toBe('a/b/vendor/fmt/')
  })

  it('prefers the shallowest of several, and ignores look-alikes and archiver noise', () => {
    expect(findFormatRoot(['x/deep/ingest/parser.yml', 'x/ingest/parser.yml'])).toBe('x/')
    expect(findFormatRoot(['fmt/myingest/parser.yml', 'fmt/ingest/parser.yml.bak'])).toBeNull()
    expect(findFormatRoot(['__MACOSX/fmt/ingest/parser.yml'])).toBeNull()
    expect(findFormatRoot(['tests/A.json'])).toBeNull()
  })
})

describe('formatFolderOf', () => {
  it('keeps the format’s text files by their path inside it, named after its directory', () => {
    const folder = formatFolderOf(
      [
        { path: 'repo/fmt/ingest/parser.yml', text: 'pipeline: []' },
        { path: 'repo/fmt/_meta/manifest.yml', text: 'name: F' },
        { path: 'repo/fmt/tests/A.json', text: '{}' },
        { path: 'repo/fmt/_meta/logo.png', text: '' },
        { path: 'repo/fmt/.DS_Store', text: '' },
        { path: 'repo/other/tests/B.json', text: '{}' },
      ],
      'archive',
    )
    expect(folder).toEqual({
      name: 'fmt',
      files: {
        'ingest/parser.yml': 'pipeline: []',
        '_meta/manifest.yml': 'name: F',
        'tests/A.json': '{}',
      },
    })
  })

  it('names a format at the top of an archive after the archive, and finds none without parser.yml', () => {
    expect(formatFolderOf([{ path: 'ingest/parser.yml', text: '' }], 'tiny')?.name).toBe('tiny')
    expect(formatFolderOf([{ path: 'tests/A.json', text: '{}' }], 'tiny')).toBeNull()
  })
})
