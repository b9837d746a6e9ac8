/**
 * Trimmed text, or undefined when nothing was given: form fields arrive as '' rather than absent.
 * @example givenText('  a@b.se ') // 'a@b.se'
 * @example givenText('   ') // undefined
 */
export function givenText(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}
