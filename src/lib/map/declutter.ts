/**
 * Moves overlapping map labels apart vertically, so that the names of small neighbouring
 * segments (Sishamau and Arya Nagar in Kanpur) stay readable. Boxes are centred on their anchors;
 * the result is a vertical offset per box, in pixels. Greedy, in order of anchor height: each box
 * moves away from the boxes already placed, up if its anchor is above theirs, else down.
 *
 *   declutter([{ x: 0, y: 0, w: 80, h: 30 }, { x: 10, y: 5, w: 80, h: 30 }]) → [0, 25]
 */
export interface LabelBox {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** Space kept between two labels after moving them apart, in pixels. */
const GAP = 2;

export function declutter(boxes: LabelBox[]): number[] {
	const order = boxes.map((_, i) => i).sort((a, b) => boxes[a].y - boxes[b].y || a - b);
	const dy = boxes.map(() => 0);
	const placed: number[] = [];
	for (const i of order) {
		const b = boxes[i];
		for (let moved = true, guard = 0; moved && guard < boxes.length * 2; guard++) {
			moved = false;
			for (const j of placed) {
				const p = boxes[j];
				const [by, py] = [b.y + dy[i], p.y + dy[j]];
				const overlapX = Math.abs(b.x - p.x) < (b.w + p.w) / 2;
				const overlapY = Math.abs(by - py) < (b.h + p.h) / 2 + GAP;
				if (overlapX && overlapY) {
					const need = (b.h + p.h) / 2 + GAP;
					dy[i] = (by >= py ? py + need : py - need) - b.y;
					moved = true;
				}
			}
		}
		placed.push(i);
	}
	return dy;
}
