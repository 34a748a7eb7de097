/**
 * Row 9: the scale check. With `--scale n` the booth rows are multiplied n times synthetically
 * (see whatif.ts and partition.ts for how) and each figure's growth is printed as a ratio: it
 * must grow no faster than linearly (ratio ≤ n, with 15% allowance for timer noise), and the
 * bytes to open one AC must not grow at all.
 */
import { check, type Row } from '../lib/report.ts';
import { mb, ms } from '../lib/stats.ts';
import type { Partition } from './partition.ts';
import type { WhatIf } from './whatif.ts';

const growth = (
	id: string,
	name: string,
	one: number,
	many: number,
	n: number,
	fmt: (x: number) => string
): Row => {
	const ratio = many / one;
	return {
		id,
		name,
		value: `${fmt(one)} → ${fmt(many)} (×${ratio.toFixed(2)})`,
		target: `≤ ×${(n * 1.15).toFixed(2)} (linear +15%)`,
		status: check(ratio <= n * 1.15),
		data: { one, many, ratio, n }
	};
};

export function scaleRows(n: number, runs: WhatIf[]): Row[] {
	const rows: Row[] = [];
	for (const w of runs) {
		const sc = w.scale;
		if (!sc) continue;
		if (w.how === 'hyparquet') {
			rows.push(
				growth(
					'9',
					`×${n} booths: recompute() all UP`,
					w.up.recomputeMs.median,
					sc.recompute.recomputeMs.median,
					n,
					ms
				),
				growth('9', `×${n} booths: compile() all UP`, w.up.compileMs, sc.recompute.compileMs, n, ms)
			);
			if (sc.heap) {
				rows.push(
					growth(
						'9',
						`×${n} booths: load all UP (hyparquet)`,
						w.load.loadMs,
						sc.heap.loadMs,
						n,
						ms
					),
					growth(
						'9',
						`×${n} booths: JS heap kept for the rows`,
						sc.heap.one - sc.heap.base,
						sc.heap.many - sc.heap.base,
						n,
						mb
					)
				);
			}
		} else if (sc.sql) {
			rows.push(
				growth(
					'9',
					`×${n} booths: all-UP SQL in DuckDB-wasm`,
					sc.sql.one.sqlMs,
					sc.sql.many.sqlMs,
					n,
					ms
				),
				growth(
					'9',
					`×${n} booths: DuckDB memory of the tables`,
					sc.sql.one.bytes,
					sc.sql.many.bytes,
					n,
					mb
				)
			);
		}
	}
	return rows;
}

/** Row 10 (files): bytes to open one AC, real files vs `scale`× as many ACs. Must stay flat. */
export function partitionRows(p: Partition): Row[] {
	const total = (fs: typeof p.real, pick: (f: (typeof fs)[0]) => number) =>
		fs.reduce((a, f) => a + pick(f), 0);
	const real213 = total(p.real, (f) => f.ac213);
	const many213 = total(p.scaled, (f) => f.ac213);
	const realMed = total(p.real, (f) => f.perAc.median);
	const manyMed = total(p.scaled, (f) => f.perAc.median);
	const footer = total(p.real, (f) => f.footerRead);
	const footerSize = total(p.real, (f) => f.footerSize);
	const footerMany = total(p.scaled, (f) => f.footerSize);
	const meta = p.real.map((f) => `${f.file.split('/').pop()} ${f.rowGroups} row groups`).join(', ');
	return [
		{
			id: '10',
			name: `Bytes to open AC 213, files: real vs ×${p.scale} ACs`,
			value: `${mb(real213)} → ${mb(many213)} (×${(many213 / real213).toFixed(2)}); of which metadata reads ${mb(footer)} (footers: ${mb(footerSize)} → ${mb(footerMany)})`,
			target: 'flat (×1.00)',
			status: check(many213 / real213 <= 1.1),
			data: p
		},
		{
			id: '10',
			name: `Bytes to open one AC, median of all ACs: real vs ×${p.scale}`,
			value: `${mb(realMed)} → ${mb(manyMed)} (×${(manyMed / realMed).toFixed(2)}); ${meta}`,
			target: 'flat (×1.00)',
			status: check(manyMed / realMed <= 1.1)
		}
	];
}
