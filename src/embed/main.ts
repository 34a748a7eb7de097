/**
 * The embed kit: draws one exported view (./view.json) with MapLibre, its legend, source line
 * and caveats, a hover tooltip and a link back to the full view. Interactive (hover, zoom) but
 * fixed to its state. Loads only files next to itself: works from any sub-path, in an iframe,
 * with no request to any other origin. All text is set as text, never as HTML.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
// Devanagari for Hindi titles and legends, shipped inside the kit (never a font service).
import '@fontsource/noto-sans-devanagari/devanagari-400.css';
import '@fontsource/noto-sans-devanagari/devanagari-700.css';
import { declutter } from '$lib/map/declutter.ts';
import {
	blankStyle,
	MAP_OPTIONS,
	colourExpression,
	unitsFillLayer,
	unitsHighlightLayer,
	unitsOutlineLayer
} from '$lib/map/layers/units.ts';
import { exportWord } from '$lib/i18n/messages/export.ts';
import { asEmbedView } from '$lib/model/json-files.ts';
import './embed.css';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string) => {
	const e = document.createElement(tag);
	if (cls) e.className = cls;
	if (text !== undefined) e.textContent = text;
	return e;
};

function bbox(fc: GeoJSON.FeatureCollection): [number, number, number, number] {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	const walk = (c: unknown): void => {
		if (Array.isArray(c) && typeof c[0] === 'number') {
			[w, s, e, n] = [
				Math.min(w, c[0]),
				Math.min(s, c[1] as number),
				Math.max(e, c[0]),
				Math.max(n, c[1] as number)
			];
		} else if (Array.isArray(c)) c.forEach(walk);
	};
	for (const f of fc.features)
		if (f.geometry && 'coordinates' in f.geometry) walk(f.geometry.coordinates);
	return [w, s, e, n];
}

async function main() {
	const app = document.getElementById('app')!;
	const res = await fetch(new URL('./view.json', location.href));
	if (!res.ok) throw new Error(`view.json: the server answered ${res.status}`);
	const view = asEmbedView(await res.json(), 'view.json');
	maplibregl.setWorkerUrl(
		new URL(/* @vite-ignore */ './maplibre-gl-worker.mjs', import.meta.url).href
	);

	app.replaceChildren();
	const head = el('header');
	head.append(el('h1', '', view.title), el('p', 'sub', view.subtitle));
	const body = el('div', 'body');
	const mapBox = el('div', 'map');
	mapBox.setAttribute('role', 'region');
	mapBox.setAttribute('aria-label', view.subtitle);
	const side = el('aside');
	const legend = el('div', 'legend');
	legend.dataset.testid = 'legend';
	legend.append(el('h2', '', view.legendTitle));
	const list = el('ul');
	for (const e of view.legend.filter((x) => x.count > 0 || view.legend.length <= 8)) {
		const li = el('li');
		const sw = el('span', 'swatch');
		sw.style.background = e.colour;
		li.append(sw, el('span', '', e.label), el('span', 'count', String(e.count)));
		list.append(li);
	}
	legend.append(list);
	if (view.legendNote) legend.append(el('p', 'note', view.legendNote));
	side.append(legend);
	const foot = el('footer');
	foot.append(el('p', 'source', `${exportWord(view.lang, 'export.source')}: ${view.source}`));
	for (const c of view.caveats) foot.append(el('p', 'caveat', c));
	if (view.link) {
		const a = el('a', 'back', exportWord(view.lang, 'export.openFull'));
		a.href = view.link;
		a.target = '_blank';
		a.rel = 'noopener';
		foot.append(a);
	}
	const tip = el('div', 'tooltip');
	tip.hidden = true;
	mapBox.append(tip);
	body.append(mapBox, side);
	app.append(head, body, foot);

	const colours = new Map(view.colours);
	const values = new Map(view.values);
	const map = new maplibregl.Map({
		container: mapBox,
		style: blankStyle('#eef1f4'),
		bounds: bbox(view.outline ?? view.units),
		fitBoundsOptions: { padding: 20 },
		...MAP_OPTIONS
	});
	map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
	map.on('load', () => {
		map.addSource('units', { type: 'geojson', data: view.units });
		map.addSource('outline', {
			type: 'geojson',
			data: view.outline ?? { type: 'FeatureCollection', features: [] }
		});
		map.addLayer(
			unitsFillLayer({ id: 'units-fill', source: 'units', idProperty: view.idProperty, colours })
		);
		map.setPaintProperty('units-fill', 'fill-color', colourExpression(view.idProperty, colours));
		map.addLayer(unitsOutlineLayer({ id: 'units-outline', source: 'units', width: 1 }));
		map.addLayer(
			unitsOutlineLayer({ id: 'outline-line', source: 'outline', colour: '#1a1a1a', width: 2.5 })
		);
		map.addLayer(
			unitsHighlightLayer({
				id: 'units-hover',
				source: 'units',
				idProperty: view.idProperty,
				ids: []
			})
		);
		const markers = view.labels.map((l) => {
			const m = el('div', 'label');
			m.append(el('strong', '', l.title));
			if (l.detail) m.append(el('span', '', l.detail));
			return new maplibregl.Marker({ element: m }).setLngLat(l.lngLat).addTo(map);
		});
		const spread = () => {
			const boxes = markers.map((mk) => {
				const p = map.project(mk.getLngLat());
				const r = mk.getElement().getBoundingClientRect();
				return { x: p.x, y: p.y, w: r.width, h: r.height };
			});
			declutter(boxes).forEach((dy, i) => markers[i].setOffset([0, dy]));
		};
		spread();
		map.on('moveend', spread);
		map.on('mousemove', 'units-fill', (e) => {
			const id = Number(e.features?.[0]?.properties?.[view.idProperty]);
			map.setFilter('units-hover', ['in', ['get', view.idProperty], ['literal', [id]]]);
			const v = values.get(id) ?? {};
			tip.replaceChildren(el('strong', '', `${id} ${v.name ?? ''}`));
			for (const [k, val] of Object.entries(v))
				if (k !== 'name' && val !== null && val !== '')
					tip.append(el('div', '', `${k.replace(/_/g, ' ')}: ${val}`));
			tip.style.left = `${e.point.x + 12}px`;
			tip.style.top = `${e.point.y + 12}px`;
			tip.hidden = false;
		});
		map.on('mouseleave', 'units-fill', () => {
			tip.hidden = true;
			map.setFilter('units-hover', ['in', ['get', view.idProperty], ['literal', []]]);
		});
		map.once('idle', () => (mapBox.dataset.painted = 'embed'));
	});
}

main().catch((e: Error) => {
	const app = document.getElementById('app')!;
	const lang = document.documentElement.lang === 'hi' ? 'hi' : 'en';
	app.replaceChildren(
		document.createTextNode(exportWord(lang, 'export.embedError', { error: e.message }))
	);
});
