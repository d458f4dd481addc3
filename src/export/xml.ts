// XML text for the GraphML and GEXF writers. Output is UTF-8, so Persian and Arabic letters, ZWNJ
// (U+200C) and the bidi marks pass through as they are; only markup characters are escaped.
//
// XML 1.0 cannot carry most C0 control characters at all, not even as &#1; references, so they are
// dropped, as are unpaired surrogates and U+FFFE/U+FFFF. Tab, newline and carriage return are legal
// but an attribute value's parser turns them into spaces (and text content's turns \r\n into \n):
// they are written as references.

// EXAMPLE: "a\u0000b" → "ab"; "\uD800" (lone high surrogate) → ""
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const TEXT_SPECIAL = /[&<>\r]/g;
const ATTR_SPECIAL = /[&<>"'\t\n\r]/g;
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Element content. EXAMPLE: `پوتین & لاوروف` → `پوتین &amp; لاوروف` */
export function escapeText(s: string): string {
  // `>` is escaped too so that "]]>" can never appear.
  return s.replace(NOT_XML_CHAR, '').replace(TEXT_SPECIAL, (c) => ENTITIES[c]!);
}

/** A double- or single-quoted attribute value. EXAMPLE: `say "hi"\n` → `say &quot;hi&quot;&#10;` */
export function escapeAttr(s: string): string {
  return s.replace(NOT_XML_CHAR, '').replace(ATTR_SPECIAL, (c) => ENTITIES[c]!);
}
