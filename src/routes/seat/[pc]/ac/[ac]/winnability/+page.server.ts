/** The same pages as /seat/[pc]/ac/[ac]/ (one per AC under its seat), for the AC's winnability. */
export { entries, load } from '../+page.server.ts';
