/**
 * CSV of the table behind a view, headed by lines naming the view (election, metric), the source
 * and the caveats, so a copy that travels alone still says what it is.
 */
import { exportWord } from '$lib/i18n/messages/export.ts';
import type { ExportSpec } from './spec.ts';
import { toCsv } from './csv.ts';

export function tableCsv(spec: ExportSpec): string {
	return toCsv(spec.table.rows, spec.table.columns, [
		`${spec.title}. ${spec.subtitle}`,
		`${exportWord(spec.lang, 'export.source')}: ${spec.source}`,
		...spec.caveats
	]);
}
