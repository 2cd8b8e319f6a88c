import { describe, expect, it } from 'vitest'
import { toFormatFiles } from './formatFiles'

describe('toFormatFiles', () => {
  it('keeps the files of the folder, with paths relative to it', () => {
    const files = toFormatFiles(
      {
        '/parser/formats/vmware-esxi/ingest/parser.yml': 'name: x',
        '/parser/formats/vmware-esxi/tests/A.json': '{}',
        '/parser/formats/vmware-esxi-other/tests/B.json': '{}',
      },
      '/parser/formats/vmware-esxi',
    )
    expect(files).toEqual({ 'ingest/parser.yml': 'name: x', 'tests/A.json': '{}' })
  })
})
