/**
 * All interface messages, one module per feature so that features can be translated (and edited)
 * apart. Each module exports `en` (the keys) and `hi` (every key, type-checked).
 */
import * as a11y from './a11y.ts';
import * as booths from './booths.ts';
import * as common from './common.ts';
import * as explore from './explore.ts';
import * as exports from './export.ts';
import * as forecast from './forecast.ts';
import * as imports from './imports.ts';
import * as metrics from './metrics.ts';
import * as offline from './offline.ts';
import * as org from './org.ts';
import * as present from './present.ts';
import * as search from './search.ts';
import * as seat from './seat.ts';
import * as sources from './sources.ts';
import * as winnability from './winnability.ts';
import * as y2027 from './y2027.ts';

/** Every message module, by feature (the unit tests check each for completeness). */
export const modules = {
	common,
	explore,
	seat,
	booths,
	winnability,
	forecast,
	y2027,
	org,
	export: exports,
	sources,
	metrics,
	present,
	search,
	imports,
	a11y,
	offline
};

export const messages = {
	en: {
		...common.en,
		...explore.en,
		...seat.en,
		...booths.en,
		...winnability.en,
		...forecast.en,
		...y2027.en,
		...org.en,
		...exports.en,
		...sources.en,
		...metrics.en,
		...present.en,
		...search.en,
		...imports.en,
		...a11y.en,
		...offline.en
	},
	hi: {
		...common.hi,
		...explore.hi,
		...seat.hi,
		...booths.hi,
		...winnability.hi,
		...forecast.hi,
		...y2027.hi,
		...org.hi,
		...exports.hi,
		...sources.hi,
		...metrics.hi,
		...present.hi,
		...search.hi,
		...imports.hi,
		...a11y.hi,
		...offline.hi
	}
};

export type MessageKey = keyof typeof messages.en;
