// Every page is prerendered to static files (adapter-static); there is no server.
export const prerender = true;
// /seat/43/ is written as seat/43/index.html, which any static file server can serve.
export const trailingSlash = 'always';
