// The benchmark's pages are prerendered like the site's (src/routes/+layout.ts).
export const prerender = true;
export const trailingSlash = 'always';
