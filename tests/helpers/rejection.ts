/**
 * What a promise rejected with, checked to be a `type` (the test fails, saying what happened, if
 * it resolved or rejected with something else): a typed error for the test's expectations.
 *
 *   const err = await rejection(readOrg(), StorageError);   err.kind → 'unavailable'
 */
export async function rejection<E>(
	p: Promise<unknown>,
	type: abstract new (...args: never[]) => E
): Promise<E> {
	try {
		await p;
	} catch (e) {
		if (e instanceof type) return e;
		throw new Error(`rejected with ${String(e)}, not a ${type.name}`, { cause: e });
	}
	throw new Error(`resolved, where a ${type.name} was expected`);
}
