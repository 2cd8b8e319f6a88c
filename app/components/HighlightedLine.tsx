import type { Capture } from '../../parser/types'
import { FIELD_SOURCE_CLASS } from '../editor/decorations'
import { highlightSegments } from '../learn/segments'
import { showHidden } from '../text/showHidden'

/** A raw line with the characters of `captures` marked as the editor marks a field's sources. */
export function HighlightedLine({
  text,
  captures,
  label,
}: {
  text: string
  captures: readonly Capture[]
  label: string
}) {
  return (
    <figure className="learn-line">
      <figcaption>{label}</figcaption>
      <pre>
        {highlightSegments(text, captures).map((segment, index) =>
          segment.highlighted ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: the segments of one line are fixed
            <mark key={index} className={FIELD_SOURCE_CLASS}>
              {showHidden(segment.text)}
            </mark>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: the segments of one line are fixed
            <span key={index}>{showHidden(segment.text)}</span>
          ),
        )}
      </pre>
    </figure>
  )
}
