/**
 * Words of the interface language as the model receives them: a function from a message key to
 * its text, passed in by the caller. The model imports no language (it runs the same in Node, in
 * a test and in any language); views pass i18n's t(), which the type checker accepts only if
 * every key the model may ask for is a message key.
 *
 *   colourUnits('class', rows, { …, say: t })   // the legend in the interface language
 */
export type Say<K extends string> = (key: K, vars?: Record<string, string | number>) => string;
