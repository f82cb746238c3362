import * as v from 'valibot';
import { topicIds } from '../content/topics.ts';
import { locales } from '../i18n/locales.ts';

/**
 * The scenario format, version 1. A scenario is one Markdown file: frontmatter (below), then one
 * `## node-id` section per customer turn or ending. Each section holds the customer's lines and
 * exactly one block: `:::choices`, `:::reply` or `:::ending`, written in YAML. See docs/authoring.md.
 */
export const formatVersion = 1;

const text = (field: string) =>
	v.pipe(v.string(`${field} must be text`), v.trim(), v.nonEmpty(`${field} must not be empty`));
const id = (field: string) =>
	v.pipe(
		v.string(`${field} must be text`),
		v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${field} is lower-case words joined by -, e.g. no-time`)
	);
const wholeNumber = (field: string, min: number, max: number) =>
	v.pipe(
		v.number(`${field} must be a number`),
		v.integer(`${field} must be a whole number`),
		v.minValue(min, `${field} is at least ${min}`),
		v.maxValue(max, `${field} is at most ${max}`)
	);
const list = <T extends v.GenericSchema>(item: T, field: string) =>
	v.optional(v.array(item, `${field} must be a list, e.g. [a, b]`), []);
/** A phrase; a bare number in YAML (any: [138, 10]) counts as its digits. */
const phrase = (field: string) =>
	v.union(
		[text(field), v.pipe(v.number(), v.transform(String))],
		`${field} must be a phrase (put words like true or null in quotes)`
	);
/** Phrases may be given as one string or a list. */
const phrases = (field: string) =>
	v.pipe(
		v.union(
			[
				phrase(field),
				v.pipe(v.array(phrase(field)), v.minLength(1, `${field} needs at least one phrase`))
			],
			`${field} must be a phrase or a list of phrases`
		),
		v.transform((value) => (Array.isArray(value) ? value : [value]))
	);

/** `patience <= 0`, `score >= 20` … checked after every turn. */
export const conditionPattern = /^\s*(patience|score)\s*(<=|>=|<|>|==)\s*(-?\d+)\s*$/;

export const scenarioFrontmatter = v.strictObject({
	format: v.optional(v.literal(formatVersion, `format must be ${formatVersion}`), formatVersion),
	id: id('id'),
	title: text('title'),
	locale: v.picklist(locales, `locale must be one of: ${locales.join(', ')}`),
	topic: v.picklist(topicIds, `topic must be one of: ${topicIds.join(', ')}`),
	persona: v.strictObject({
		name: text('name'),
		role: text('role'),
		company: text('company'),
		industry: text('industry'),
		mood: text('mood'),
		patience: wholeNumber('patience', 1, 10)
	}),
	difficulty: wholeNumber('difficulty', 1, 3),
	skills: list(id('each skill'), 'skills'),
	minutes: wholeNumber('minutes', 1, 60),
	pass: wholeNumber('pass', 0, 100),
	mode: v.optional(v.picklist(['coach', 'exam'], 'mode is coach or exam'), 'coach'),
	playbook: list(text('each playbook link'), 'playbook'),
	rules: list(
		v.strictObject({
			when: v.pipe(
				v.string(),
				v.regex(conditionPattern, 'when is like "patience <= 0" or "score >= 20"')
			),
			go: id('go')
		}),
		'rules'
	)
});

const option = v.strictObject({
	text: text('text'),
	points: v.number('points must be a number'),
	skills: list(id('each skill'), 'skills'),
	patience: v.optional(v.number('patience must be a number, e.g. -1'), 0),
	feedback: v.optional(text('feedback')),
	next: id('next')
});

export const choicesBlock = v.pipe(
	v.array(option, 'choices are a list: each item starts with "- text:"'),
	v.minLength(2, 'a choice turn needs at least two options')
);

const concept = v.strictObject({
	name: text('name'),
	points: v.pipe(
		v.number('points must be a number'),
		v.minValue(0, 'points of a concept are 0 or more')
	),
	any: phrases('any'),
	hit: text('hit'),
	miss: text('miss')
});

const penalty = v.strictObject({
	phrases: phrases('phrases'),
	points: v.pipe(
		v.number('points must be a number'),
		v.maxValue(0, 'penalty points are 0 or less')
	),
	feedback: text('feedback')
});

const blocker = v.strictObject({ phrases: phrases('phrases'), feedback: text('feedback') });

const branch = v.strictObject({
	min: v.optional(v.number('min must be a number')),
	patience: v.optional(v.number('patience must be a number'), 0),
	go: id('go')
});

export const replyBlock = v.strictObject({
	prompt: v.optional(text('prompt')),
	skills: list(id('each skill'), 'skills'),
	time: v.optional(wholeNumber('time', 5, 600)),
	length: v.optional(
		v.strictObject({
			min: v.optional(wholeNumber('min', 0, 2000), 0),
			max: v.optional(wholeNumber('max', 1, 2000), 500)
		}),
		{ min: 0, max: 500 }
	),
	concepts: v.pipe(
		v.array(concept, 'concepts must be a list'),
		v.minLength(1, 'a reply needs at least one concept')
	),
	order: list(text('each concept name'), 'order'),
	forbidden: list(penalty, 'forbidden'),
	blockers: list(blocker, 'blockers'),
	model: text('model'),
	next: v.pipe(
		v.array(branch, 'next is a list of { min, go }'),
		v.minLength(1, 'a reply needs at least one next')
	)
});

export const endingBlock = v.strictObject({
	outcome: v.picklist(['won', 'follow-up', 'lost'], 'outcome is won, follow-up or lost'),
	debrief: v.optional(text('debrief'))
});

export type ScenarioFrontmatter = v.InferOutput<typeof scenarioFrontmatter>;
export type ChoiceOption = v.InferOutput<typeof option>;
export type Reply = v.InferOutput<typeof replyBlock>;
export type Ending = v.InferOutput<typeof endingBlock>;
