import * as v from 'valibot';
import { topicIds } from './topics.ts';

const text = (field: string) =>
	v.pipe(
		v.string(`${field} must be text`),
		v.trim(),
		v.nonEmpty(`${field} must not be empty`)
	);

/** Frontmatter of a playbook page. Unknown fields are errors so typos do not pass silently. */
export const playbookFrontmatter = v.strictObject(
	{
		title: v.pipe(text('title'), v.maxLength(80, 'title is longer than 80 characters')),
		summary: v.pipe(text('summary'), v.maxLength(300, 'summary is longer than 300 characters')),
		topic: v.picklist(topicIds, `topic must be one of: ${topicIds.join(', ')}`),
		order: v.pipe(
			v.number('order must be a number'),
			v.integer('order must be a whole number'),
			v.minValue(1, 'order starts at 1')
		),
		tags: v.optional(v.array(text('each tag'), 'tags must be a list, e.g. [电话, 异议]'), []),
		scenarios: v.optional(
			v.array(
				v.pipe(
					v.string(),
					v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'scenario ids are lower-case words joined by -')
				),
				'scenarios must be a list of scenario ids'
			),
			[]
		)
	},
	(issue) =>
		issue.expected === 'never'
			? `unknown field "${String(issue.input)}"`
			: `missing field ${issue.expected}`
);

export type PlaybookFrontmatter = v.InferOutput<typeof playbookFrontmatter>;
