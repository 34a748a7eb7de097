import type { HandleClientError } from '@sveltejs/kit';

/**
 * A path the site does not have (404) is shown by +error.svelte with ways back; it is not a fault
 * of the app, so it is not logged as one. Anything else stays loud in the console.
 */
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
