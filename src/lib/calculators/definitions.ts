/**
 * The playbook calculators: their inputs (with bounds and starting values) and their arithmetic.
 * Pure functions, so the checker can validate `:::calculator` blocks and tests can check the maths.
 */

export interface InputSpec {
	key: string;
	min: number;
	max: number;
	step: number;
	value: number;
	/** Shown after the field: '%', 'days', … as an i18n key suffix. */
	unit?: 'percent' | 'days' | 'score' | 'money' | 'count';
}

type Values<K extends string> = Record<K, number>;

function spec(
	key: string,
	value: number,
	min: number,
	max: number,
	unit?: InputSpec['unit'],
	step = 1
): InputSpec {
	return { key, value, min, max, unit, step };
}

export const calculatorInputs = {
	'call-list': [
		spec('meetings', 10, 1, 1000, 'count'),
		spec('hitRate', 10, 1, 100, 'percent'),
		spec('days', 5, 1, 31, 'days')
	],
	funnel: [
		spec('leads', 500, 1, 1_000_000, 'count'),
		spec('contactRate', 40, 0, 100, 'percent'),
		spec('meetingRate', 25, 0, 100, 'percent'),
		spec('proposalRate', 50, 0, 100, 'percent'),
		spec('closeRate', 30, 0, 100, 'percent')
	],
	revenue: [
		spec('customers', 200, 0, 1_000_000, 'count'),
		spec('spend', 1500, 0, 100_000_000, 'money'),
		spec('frequency', 4, 0, 365, 'count', 0.5),
		spec('lift', 10, 0, 100, 'percent')
	],
	csi: [spec('perceived', 7, 1, 10, 'score', 0.5), spec('expected', 8, 1, 10, 'score', 0.5)],
	receivables: [
		spec('receivables', 300_000, 0, 1_000_000_000, 'money'),
		spec('creditSales', 900_000, 1, 1_000_000_000, 'money'),
		spec('days', 90, 1, 366, 'days'),
		spec('terms', 30, 0, 365, 'days')
	]
} as const satisfies Record<string, readonly InputSpec[]>;

export type CalculatorKind = keyof typeof calculatorInputs;
export const calculatorKinds = Object.keys(calculatorInputs) as CalculatorKind[];

export function isCalculatorKind(value: string): value is CalculatorKind {
	return value in calculatorInputs;
}

export function callList({ meetings, hitRate, days }: Values<'meetings' | 'hitRate' | 'days'>) {
	const calls = hitRate > 0 ? Math.ceil(meetings / (hitRate / 100)) : Infinity;
	return { calls, callsPerDay: Math.ceil(calls / Math.max(1, days)) };
}

export function funnel(
	v: Values<'leads' | 'contactRate' | 'meetingRate' | 'proposalRate' | 'closeRate'>
) {
	const contacts = v.leads * (v.contactRate / 100);
	const meetings = contacts * (v.meetingRate / 100);
	const proposals = meetings * (v.proposalRate / 100);
	const deals = proposals * (v.closeRate / 100);
	const stages = [
		{ key: 'leads', count: v.leads },
		{ key: 'contacts', count: contacts },
		{ key: 'meetings', count: meetings },
		{ key: 'proposals', count: proposals },
		{ key: 'deals', count: deals }
	] as const;
	return { stages, overallRate: v.leads > 0 ? deals / v.leads : 0 };
}

export function revenue({
	customers,
	spend,
	frequency,
	lift
}: Values<'customers' | 'spend' | 'frequency' | 'lift'>) {
	const base = customers * spend * frequency;
	const factor = 1 + lift / 100;
	return {
		base,
		oneLever: base * factor,
		allLevers: base * factor ** 3,
		allLeversGain: factor ** 3 - 1
	};
}

export function csi({ perceived, expected }: Values<'perceived' | 'expected'>) {
	const index = expected > 0 ? (perceived / expected) * 100 : 0;
	const verdict = index >= 100 ? 'exceeds' : index >= 90 ? 'close' : 'below';
	return { index, verdict } as const;
}

export function receivables(v: Values<'receivables' | 'creditSales' | 'days' | 'terms'>) {
	const dso = v.creditSales > 0 ? (v.receivables / v.creditSales) * v.days : 0;
	return { dso, beyondTerms: Math.max(0, dso - v.terms) };
}
