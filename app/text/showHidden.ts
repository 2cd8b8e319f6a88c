// Log lines and user files are shown as React text, which is inert; but control characters, lone
// surrogates and bidirectional overrides would be invisible, reorder the line or garble it. They are
// shown as escapes instead, as Monaco shows them as symbols in the editors.

const HIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

function asEscape(char: string): string {
  const code = char.charCodeAt(0)
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`
}

/** `text` with every invisible or line-garbling character written as a \xNN or \uNNNN escape. */
export function showHidden(text: string): string {
  return text.replace(HIDDEN, asEscape)
}
