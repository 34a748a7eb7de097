/**
 * Where a longitude/latitude lands on a map fitted to a bounding box, computed independently of
 * MapLibre: Web Mercator, the box centred in the container, scaled to fit inside the padding
 * (what fitBounds does for a north-up map). Lets a test look at the pixels inside a known
 * constituency.
 */
const mercX = (lon: number) => (lon + 180) / 360;
const mercY = (lat: number) => {
	const s = Math.sin((lat * Math.PI) / 180);
	return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
};

export function fittedProjector(
	bbox: [number, number, number, number],
	width: number,
	height: number,
	padding: number
) {
	const [w, s, e, n] = bbox;
	const x0 = mercX(w);
	const x1 = mercX(e);
	const y0 = mercY(n);
	const y1 = mercY(s);
	const scale = Math.min((width - 2 * padding) / (x1 - x0), (height - 2 * padding) / (y1 - y0));
	const cx = (x0 + x1) / 2;
	const cy = (y0 + y1) / 2;
	return (lon: number, lat: number): [number, number] => [
		width / 2 + (mercX(lon) - cx) * scale,
		height / 2 + (mercY(lat) - cy) * scale
	];
}
