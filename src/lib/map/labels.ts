/** A label drawn over a units map (an HTML overlay, so Devanagari is shaped by the browser). */
export interface MapLabel {
	id: number;
	lngLat: [number, number];
	title: string;
	detail?: string;
}
