// Monaco renders hover contents as Markdown: a field name a user's parser made up must read as
// text, not as a link, an image or emphasis.

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g

/** `text` as Markdown that renders exactly `text`: CommonMark lets every ASCII punctuation be escaped. */
export function markdownText(text: string): string {
  return text.replace(ASCII_PUNCTUATION, '\\$&')
}
