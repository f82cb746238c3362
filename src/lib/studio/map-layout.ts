/**
 * # The conversation map: layout
 *
 * Turns a parsed scenario into boxes and arrows with coordinates for the trainer studio's map
 * (`ConversationMap.svelte` draws them). Pure TypeScript, no DOM: it runs in tests or a worker.
 *
 * ## Why dagre
 *
 * A conversation is a layered graph: it starts at the top, branches on every choice or score band
 * and converges on a few endings. Layered (Sugiyama) layout is made for that, and `@dagrejs/dagre`
 * is its small, long-lived, still maintained JavaScript implementation: MIT, typed, graphlib
 * bundled in, about 48 kB minified and 17 kB gzipped. It ranks nodes top to bottom, orders each
 * rank to cut crossings, routes edges as polylines and keeps room for their labels. Force-directed
 * layouts would move boxes around on every keystroke and lose "earlier above later"; ELK lays out
 * as well but weighs many times more.
 *
 * ## What dagre does not get
 *
 * dagre's cost grows with long edges: each becomes a chain of dummy nodes, one per rank crossed.
 * In a scenario the long edges are jumps to a shared ending from anywhere: rules ("patience <= 0",
 * taken from every turn), the synthetic `blocked` ending (any reply with blockers) and, in big
 * drafts, the many "bad option → lost" links. Those are drawn as buses instead: down into the gap
 * under the source, sideways to a lane beside the map (on the target's side), along the lane, and
 * in from above the target. dagre gets a one-rank invisible anchor edge so the target still lands
 * below its sources. Small scenarios give dagre every option and branch edge; past `largeGraph`
 * boxes a cheaper ranker and ordering keep a 300-node draft well under a second.
 *
 * Nothing here throws on a parsed draft: a missing target becomes a small `broken` placeholder (so
 * the trainer sees the typo), loops are laid out (dagre reverses back edges), unreachable parts are
 * flagged, not dropped.
 */
import {
	Graph,
	layout as dagreLayout,
	type EdgeLabel,
	type GraphLabel,
	type NodeLabel
} from '@dagrejs/dagre';
import { edgesOf } from '../scenario/check.ts';
import type { Scenario, ScenarioNode } from '../scenario/parse.ts';
import type { Ending } from '../scenario/schema.ts';

export type Outcome = Ending['outcome'];
export type MapNodeKind = 'choice' | 'reply' | 'ending' | 'broken' | 'blocked';
export type MapEdgeKind = 'choice' | 'branch' | 'rule' | 'blocked';

export interface Point {
	x: number;
	y: number;
}

export interface MapNode {
	/** The node id (`## id`); for a missing-target placeholder, the name that was written. */
	id: string;
	kind: MapNodeKind;
	/** Same as `id`: what the box shows as its title. */
	label: string;
	/**
	 * The first customer line (narration when there is none), whitespace collapsed and trimmed to
	 * about 40 columns (a CJK character counts two) with "…"; for endings and `blocked`, the
	 * outcome ("won" …); empty for placeholders.
	 */
	detail: string;
	/**
	 * 1-based line in the Markdown: the `## id` heading; for a placeholder, the first `next:`/`go:`
	 * that names it; for `blocked`, the first reply with blockers.
	 */
	line: number;
	/** Centre of the box, in map units (the SVG viewBox). */
	x: number;
	y: number;
	width: number;
	height: number;
	/** Whether some run from the start can get here (breadth-first over `edgesOf`). */
	reachable: boolean;
	isStart: boolean;
	/** For endings and `blocked` (always lost). */
	outcome?: Outcome;
	/** A placeholder for a `next:`/`go:` naming a node that does not exist (kind is `broken`). */
	missing?: boolean;
}

export interface MapEdge {
	from: string;
	to: string;
	/**
	 * Option number ("1", "2" …) for choices; "≥ min" for reply branches, "" for the branch that
	 * catches every lower score; the condition ("patience <= 0") for rules; "" for `blocked`.
	 */
	label: string;
	kind: MapEdgeKind;
	/** Polyline from the source box's border to the target box's border (draw the arrow at the end). */
	points: Point[];
	/**
	 * Centre of the label, room kept clear for it ("else" for an empty branch label). Absent for
	 * `blocked` edges and for rule edges after the first of each rule (one label per bus lane).
	 */
	labelAt?: Point;
	/** The target does not exist: the edge ends at a `missing` placeholder. */
	missingTarget?: boolean;
	/** Routed along a lane beside the map (rules, blocked, long jumps in big maps), not by dagre. */
	bus?: boolean;
}

export interface ConversationMapLayout {
	width: number;
	height: number;
	nodes: MapNode[];
	edges: MapEdge[];
}

export interface LayoutOptions {
	/**
	 * `comfortable` (default) for a desktop side panel; `compact` packs boxes and ranks tighter for
	 * a phone. Both keep room between ranks for edge labels and the bus lanes.
	 */
	density?: 'comfortable' | 'compact';
	/** Columns kept of the first customer line (a CJK character counts two). Default 40 (32 compact). */
	detailColumns?: number;
}

const sizes = {
	comfortable: {
		nodeWidth: 232,
		detailColumns: 40,
		placeholderWidth: 150,
		nodeHeight: 60,
		rankSep: 44,
		nodeSep: 28,
		edgeSep: 12,
		margin: 20
	},
	compact: {
		nodeWidth: 196,
		detailColumns: 32,
		placeholderWidth: 128,
		nodeHeight: 60,
		rankSep: 32,
		nodeSep: 16,
		edgeSep: 8,
		margin: 12
	}
} as const;

/**
 * Above this many boxes dagre ranks with tight-tree instead of network simplex and orders each rank
 * with `quickOrder` instead of its crossing-minimisation sweeps: together they halve the time.
 */
const largeGraph = 120;
/**
 * Id of the synthetic ending a blocker leads to: `blockedState` of `../scenario/machine.ts` (the
 * test checks they agree). Not imported, because machine.ts would bring XState into the studio.
 */
export const blockedNodeId = 'blocked';

/**
 * How many dummy nodes (one per rank an edge crosses) dagre may get for long choice and branch
 * edges, at least: small scenarios route every edge through dagre, big ones bus the longest.
 */
const dummyBudget = 48;
/** Distance from a box to the first bus track in the gap below or above it, and between tracks. */
const busInset = 6;
const busStep = 4;
const busTracks = 4;
/** A bus edge leaves and enters a box this far in from its side on the lane's side. */
const busStubInset = 14;
const laneGap = 20;
const laneStep = 12;
const labelHeight = 14;

interface PendingEdge {
	from: string;
	to: string;
	label: string;
	kind: MapEdgeKind;
	missingTarget: boolean;
	/** Routed by dagre (else a bus). */
	routed: boolean;
	/** Bus lane key: rules per rule, blocked, or long edges per target. */
	lane: string;
}

/** Scenario → boxes and polylines with coordinates. Never throws on a parsed draft. */
export function layoutConversation(
	scenario: Scenario,
	options: LayoutOptions = {}
): ConversationMapLayout {
	const size = sizes[options.density ?? 'comfortable'];
	const detailColumns = options.detailColumns ?? size.detailColumns;
	if (scenario.nodes.size === 0) return { width: 0, height: 0, nodes: [], edges: [] };

	// 1. Nodes: the scenario's, placeholders for missing targets, the synthetic blocked ending.
	const nodes = new Map<string, MapNode>();
	const base = { x: 0, y: 0, height: size.nodeHeight, reachable: false };
	for (const node of scenario.nodes.values()) {
		const mapNode: MapNode = {
			...base,
			id: node.id,
			kind: node.kind,
			label: node.id,
			detail: detailOf(node, detailColumns),
			line: node.line,
			width: size.nodeWidth,
			isStart: node.id === scenario.start
		};
		if (node.kind === 'ending') mapNode.outcome = node.ending.outcome;
		nodes.set(node.id, mapNode);
	}
	const placeholder = (id: string, line: number) => {
		if (!nodes.has(id))
			nodes.set(id, {
				...base,
				id,
				kind: 'broken',
				label: id,
				detail: '',
				line,
				width: size.placeholderWidth,
				isStart: false,
				missing: true
			});
	};

	const withBlockers = [...scenario.nodes.values()].filter(
		(node) => node.kind === 'reply' && node.reply.blockers.length > 0
	);
	let blockedId: string | null = null;
	if (withBlockers.length > 0) {
		// Ids and targets are lower-case words, so "#blocked" is free when a draft uses "blocked".
		const taken = nodes.has(blockedNodeId) || targetsOf(scenario).has(blockedNodeId);
		blockedId = taken ? `#${blockedNodeId}` : blockedNodeId;
		nodes.set(blockedId, {
			...base,
			id: blockedId,
			kind: 'blocked',
			label: blockedId,
			detail: 'lost',
			line: withBlockers[0]!.line,
			width: size.nodeWidth,
			isStart: false,
			outcome: 'lost'
		});
	}

	// 2. Edges, in file order: options and branches, rule jumps from every turn, blocked.
	const pending: PendingEdge[] = [];
	const push = (edge: Omit<PendingEdge, 'missingTarget' | 'routed' | 'lane'>, line: number) => {
		const missingTarget = edge.kind !== 'blocked' && !scenario.nodes.has(edge.to);
		if (missingTarget) placeholder(edge.to, line);
		const lane = edge.kind === 'rule' ? `rule:${edge.label}:${edge.to}` : `to:${edge.to}`;
		pending.push({ ...edge, missingTarget, routed: false, lane });
	};
	for (const node of scenario.nodes.values()) {
		if (node.kind === 'choice') {
			node.options.forEach((option, i) =>
				push(
					{ from: node.id, to: option.next, label: String(i + 1), kind: 'choice' },
					option.nextAt.line
				)
			);
		} else if (node.kind === 'reply') {
			node.reply.next.forEach((branch, i) =>
				push(
					{
						from: node.id,
						to: branch.go,
						label: branch.min === undefined ? '' : `≥ ${branch.min}`,
						kind: 'branch'
					},
					node.targetsAt[i]?.line ?? node.line
				)
			);
			if (blockedId && node.reply.blockers.length > 0)
				push({ from: node.id, to: blockedId, label: '', kind: 'blocked' }, node.line);
		}
	}
	for (const node of scenario.nodes.values()) {
		if (node.kind !== 'choice' && node.kind !== 'reply') continue;
		for (const rule of scenario.rules) {
			// A rule leading to the turn it is checked on changes nothing worth drawing.
			if (rule.go === node.id) continue;
			const label = `${rule.subject} ${rule.operator} ${rule.value}`;
			push({ from: node.id, to: rule.go, label, kind: 'rule' }, rule.at.line);
		}
	}

	// 3. Reachability: breadth-first from the start over edgesOf (rules included), then blocked.
	const reached = new Set<string>([scenario.start]);
	const queue = [scenario.start];
	for (let head = 0; head < queue.length; head++) {
		const node = scenario.nodes.get(queue[head]!);
		if (!node) continue;
		for (const edge of edgesOf(scenario, node)) {
			if (!reached.has(edge.to)) {
				reached.add(edge.to);
				queue.push(edge.to);
			}
		}
	}
	if (blockedId && withBlockers.some((node) => reached.has(node.id))) reached.add(blockedId);
	for (const node of nodes.values()) node.reachable = reached.has(node.id);

	// 4. Which edges dagre routes, and invisible anchors for targets only reached through buses.
	const rank = estimateRanks(scenario.start, [...nodes.keys()], pending);
	const flow = pending.filter((edge) => edge.kind === 'choice' || edge.kind === 'branch');
	const span = (edge: PendingEdge) => Math.abs(rank.get(edge.to)! - rank.get(edge.from)!);
	// Dummy nodes dagre may add for long flow edges, shortest edges first.
	let budget = Math.max(dummyBudget, nodes.size);
	for (const edge of [...flow].sort((a, b) => span(a) - span(b))) {
		const extra = Math.max(0, span(edge) - 1);
		if (extra > budget) break;
		edge.routed = true;
		budget -= extra;
	}

	const g = new Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
	g.setGraph({
		rankdir: 'TB',
		ranksep: size.rankSep,
		nodesep: size.nodeSep,
		edgesep: size.edgeSep,
		marginx: size.margin,
		marginy: size.margin,
		ranker: nodes.size > largeGraph ? 'tight-tree' : 'network-simplex'
	});
	for (const node of nodes.values()) g.setNode(node.id, { width: node.width, height: node.height });
	const routedInto = new Set<string>();
	pending.forEach((edge, i) => {
		if (!edge.routed) return;
		const width = labelSpace(edge);
		g.setEdge(
			edge.from,
			edge.to,
			{ width, height: width ? labelHeight : 0, labelpos: 'c' },
			`e${i}`
		);
		if (rank.get(edge.to)! > rank.get(edge.from)!) routedInto.add(edge.to);
	});
	const predecessors = new Map<string, string[]>();
	for (const edge of pending) {
		if (edge.from === edge.to) continue;
		const list = predecessors.get(edge.to) ?? [];
		list.push(edge.from);
		predecessors.set(edge.to, list);
	}
	for (const node of nodes.values()) {
		const r = rank.get(node.id)!;
		if (r === 0 || routedInto.has(node.id)) continue;
		const anchor = (predecessors.get(node.id) ?? []).find((from) => rank.get(from) === r - 1);
		if (anchor) g.setEdge(anchor, node.id, { weight: 1, minlen: 1 }, `anchor:${node.id}`);
	}

	dagreLayout(g, nodes.size > largeGraph ? { customOrder: quickOrder } : {});

	for (const node of nodes.values()) {
		const placed = g.node(node.id);
		node.x = placed.x ?? 0;
		node.y = placed.y ?? 0;
	}

	// 5. Polylines: dagre's for routed edges; the rest as buses along lanes beside the map, each on
	// the side of its target so the horizontal runs stay short.
	const boxes = [...nodes.values()];
	const left = Math.min(...boxes.map((node) => node.x - node.width / 2));
	const right = Math.max(...boxes.map((node) => node.x + node.width / 2));
	interface Lane {
		side: 1 | -1;
		x: number;
		index: number;
		top: number;
		first: MapEdge;
		label: string;
	}
	const lanes = new Map<string, Lane>();
	const perSide = { [1]: 0, [-1]: 0 };
	const edges: MapEdge[] = pending.map((edge, i) => {
		const out: MapEdge = {
			from: edge.from,
			to: edge.to,
			label: edge.label,
			kind: edge.kind,
			points: []
		};
		if (edge.missingTarget) out.missingTarget = true;
		if (edge.routed) {
			const routed = g.edge({ v: edge.from, w: edge.to, name: `e${i}` });
			out.points = (routed?.points ?? []).map((p) => ({ x: p.x, y: p.y }));
			if (labelSpace(edge) > 0) {
				out.labelAt =
					typeof routed?.x === 'number' && typeof routed.y === 'number'
						? { x: routed.x, y: routed.y }
						: along(out.points, 0.5);
			}
			return out;
		}
		const from = nodes.get(edge.from)!;
		const to = nodes.get(edge.to)!;
		let lane = lanes.get(edge.lane);
		if (!lane) {
			const side = to.x < (left + right) / 2 ? -1 : 1;
			const index = perSide[side]++;
			const x = side === 1 ? right + laneGap + index * laneStep : left - laneGap - index * laneStep;
			lane = { side, x, index: lanes.size, top: Infinity, first: out, label: edge.label };
			lanes.set(edge.lane, lane);
		}
		const track = busInset + (lane.index % busTracks) * busStep;
		const fromX = from.x + lane.side * (from.width / 2 - busStubInset);
		const below = from.y + from.height / 2;
		const toX = to.x + lane.side * (to.width / 2 - busStubInset);
		const above = to.y - to.height / 2;
		lane.top = Math.min(lane.top, below + track, above - track);
		out.bus = true;
		out.points = [
			{ x: fromX, y: below },
			{ x: fromX, y: below + track },
			{ x: lane.x, y: below + track },
			{ x: lane.x, y: above - track },
			{ x: toX, y: above - track },
			{ x: toX, y: above }
		];
		// A long option or branch keeps its own number, beside where it leaves the box.
		if (edge.kind === 'choice' || edge.kind === 'branch') {
			const w = labelSpace(edge);
			out.labelAt = { x: fromX - lane.side * (w / 2 + 2), y: below + labelHeight / 2 + 2 };
		}
		return out;
	});
	// Rules: one label per lane, outside the lane near its top, staggered so no two share a row.
	let row = 0;
	for (const lane of lanes.values()) {
		if (lane.first.kind !== 'rule' || !lane.label) continue;
		const w = labelSpace(lane.first);
		lane.first.labelAt = {
			x: lane.x + lane.side * (3 + w / 2),
			y: lane.top + labelHeight + row++ * (labelHeight + 4)
		};
	}

	// 6. Fit: translate so that boxes, lines and labels start at the margin; round to 0.1.
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	const extend = (x0: number, y0: number, x1: number, y1: number) => {
		minX = Math.min(minX, x0);
		minY = Math.min(minY, y0);
		maxX = Math.max(maxX, x1);
		maxY = Math.max(maxY, y1);
	};
	for (const node of boxes)
		extend(
			node.x - node.width / 2,
			node.y - node.height / 2,
			node.x + node.width / 2,
			node.y + node.height / 2
		);
	for (const edge of edges) {
		for (const p of edge.points) extend(p.x, p.y, p.x, p.y);
		if (edge.labelAt) {
			const w = labelSpace(edge) / 2;
			const h = labelHeight / 2;
			extend(edge.labelAt.x - w, edge.labelAt.y - h, edge.labelAt.x + w, edge.labelAt.y + h);
		}
	}
	const dx = size.margin - minX;
	const dy = size.margin - minY;
	const move = (p: Point): Point => ({ x: round(p.x + dx), y: round(p.y + dy) });
	for (const node of boxes) {
		node.x = round(node.x + dx);
		node.y = round(node.y + dy);
	}
	for (const edge of edges) {
		edge.points = edge.points.map(move);
		if (edge.labelAt) edge.labelAt = move(edge.labelAt);
	}
	return {
		width: Math.ceil(maxX - minX + 2 * size.margin),
		height: Math.ceil(maxY - minY + 2 * size.margin),
		nodes: boxes,
		edges
	};
}

type LayoutGraph = Graph<GraphLabel, NodeLabel, EdgeLabel>;

/**
 * Order within ranks for big maps: dagre's own starting order (depth-first from the top), then one
 * barycentre sweep down and one up. dagre's full heuristic repeats such sweeps and rebuilds a graph
 * per rank each time, which on a deep map costs more than everything else together.
 */
function quickOrder(lg: LayoutGraph) {
	const layers: string[][] = [];
	const seen = new Set<string>();
	const ids = lg.nodes().filter((v) => !lg.children(v)?.length);
	ids.sort((a, b) => (lg.node(a).rank ?? 0) - (lg.node(b).rank ?? 0));
	for (const root of ids) {
		const stack = [root];
		while (stack.length > 0) {
			const v = stack.pop()!;
			if (seen.has(v)) continue;
			seen.add(v);
			(layers[lg.node(v).rank ?? 0] ??= []).push(v);
			const next = lg.successors(v) ?? [];
			for (let i = next.length - 1; i >= 0; i--) if (!seen.has(next[i]!)) stack.push(next[i]!);
		}
	}
	const order = new Map<string, number>();
	const number = (layer: string[] | undefined) => layer?.forEach((v, i) => order.set(v, i));
	layers.forEach(number);
	const sweep = (layer: string[] | undefined, neighbours: (v: string) => string[] | void) => {
		if (!layer) return;
		const key = new Map<string, number>();
		for (const v of layer) {
			const around = (neighbours(v) ?? []).filter((u) => order.has(u));
			key.set(
				v,
				around.length
					? around.reduce((sum, u) => sum + order.get(u)!, 0) / around.length
					: order.get(v)!
			);
		}
		layer.sort((a, b) => key.get(a)! - key.get(b)!);
		number(layer);
	};
	for (let r = 1; r < layers.length; r++) sweep(layers[r], (v) => lg.predecessors(v));
	for (let r = layers.length - 2; r >= 0; r--) sweep(layers[r], (v) => lg.successors(v));
	for (const [v, i] of order) lg.node(v).order = i;
}

/**
 * Longest-path ranks from the start (then from any node not yet seen, in file order), ignoring
 * back edges found by depth-first search. Only used to tell long edges from short ones and to
 * anchor bus targets; dagre ranks the boxes itself.
 */
function estimateRanks(start: string, ids: string[], edges: PendingEdge[]): Map<string, number> {
	const out = new Map<string, string[]>(ids.map((id) => [id, []]));
	for (const edge of edges) if (edge.from !== edge.to) out.get(edge.from)!.push(edge.to);
	const state = new Map<string, 'open' | 'done'>();
	const order: string[] = []; // post-order
	const back = new Set<string>();
	for (const root of [start, ...ids]) {
		if (!out.has(root) || state.has(root)) continue;
		const stack: [string, number][] = [[root, 0]];
		state.set(root, 'open');
		while (stack.length > 0) {
			const top = stack[stack.length - 1]!;
			const next = out.get(top[0])![top[1]++];
			if (next === undefined) {
				stack.pop();
				state.set(top[0], 'done');
				order.push(top[0]);
			} else if (state.get(next) === 'open') {
				back.add(`${top[0]}\n${next}`);
			} else if (!state.has(next)) {
				state.set(next, 'open');
				stack.push([next, 0]);
			}
		}
	}
	const rank = new Map<string, number>(ids.map((id) => [id, 0]));
	for (let i = order.length - 1; i >= 0; i--) {
		const from = order[i]!;
		for (const to of out.get(from)!) {
			if (!back.has(`${from}\n${to}`)) rank.set(to, Math.max(rank.get(to)!, rank.get(from)! + 1));
		}
	}
	return rank;
}

/** Every node name written in a `next:` or `go:`. */
function targetsOf(scenario: Scenario): Set<string> {
	const targets = new Set(scenario.rules.map((rule) => rule.go));
	for (const node of scenario.nodes.values()) {
		if (node.kind === 'choice') for (const option of node.options) targets.add(option.next);
		if (node.kind === 'reply') for (const branch of node.reply.next) targets.add(branch.go);
	}
	return targets;
}

/** The first thing the customer says (else the first narration), or the ending's outcome. */
function detailOf(node: ScenarioNode, columns: number): string {
	if (node.kind === 'ending') return node.ending.outcome;
	const line = node.lines.find((l) => l.kind === 'say') ?? node.lines[0];
	return line ? trimColumns(line.text, columns) : '';
}

/** Whitespace collapsed, cut to `columns` (wide characters count two) with an ellipsis. */
export function trimColumns(text: string, columns: number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	let used = 0;
	let out = '';
	for (const char of clean) {
		const w = isWide(char) ? 2 : 1;
		if (used + w > columns - 1) {
			return `${out.trimEnd()}…`;
		}
		used += w;
		out += char;
	}
	return out;
}

function isWide(char: string): boolean {
	const code = char.codePointAt(0)!;
	return (
		(code >= 0x1100 && code <= 0x115f) ||
		(code >= 0x2e80 && code <= 0xa4cf) ||
		(code >= 0xac00 && code <= 0xd7a3) ||
		(code >= 0xf900 && code <= 0xfaff) ||
		(code >= 0xfe30 && code <= 0xfe4f) ||
		(code >= 0xff00 && code <= 0xff60) ||
		(code >= 0xffe0 && code <= 0xffe6) ||
		(code >= 0x1f300 && code <= 0x1faff) ||
		(code >= 0x20000 && code <= 0x3fffd)
	);
}

/**
 * Room for an edge's label at the map's label size (about 6.5 units a column, plus padding). The
 * branch that catches every lower score has no label of its own: the map shows "else" there.
 */
function labelSpace(edge: Pick<MapEdge, 'label' | 'kind'>): number {
	const label = edge.label || (edge.kind === 'branch' ? 'else' : '');
	if (!label) return 0;
	let columns = 0;
	for (const char of label) columns += isWide(char) ? 2 : 1;
	return 8 + columns * 6.5;
}

/** The point a fraction `t` of the way along a polyline. */
function along(points: Point[], t: number): Point | undefined {
	if (points.length === 0) return undefined;
	const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
	let left = lengths.reduce((a, b) => a + b, 0) * t;
	for (let i = 0; i < lengths.length; i++) {
		if (left <= lengths[i]! && lengths[i]! > 0) {
			const a = points[i]!;
			const b = points[i + 1]!;
			const f = left / lengths[i]!;
			return { x: a.x + (b.x - a.x) * f, y: a.y + (b.y - a.y) * f };
		}
		left -= lengths[i]!;
	}
	return points[points.length - 1];
}

function round(n: number): number {
	return Math.round(n * 10) / 10;
}
