import { describe, expect, it } from 'vitest';
import { mergeRefinedJob } from '../../../match/refine-job';
import { structureJob } from '../../../match/structure-job';
import { scriptedModel, type ScriptedAnswer } from '../../../../test/scripted-model';
import { generateObject } from '../../generate-object';
import {
  buildStructureJobMessages,
  STRUCTURE_JOB_SCHEMA_NAME,
  StructureJobOutputSchema,
} from './v1';

const POSTING = `Data Analyst
Northwind Traders

We are a growing retailer. You will build the weekly sales dashboards.

What you bring
- Strong SQL and Excel skills
- Experience with Tableau or Power BI
- Clear writing for non-technical readers

Nice to have
- Some Python for automation`;

const rules = structureJob(POSTING);
const record = { sourceText: POSTING, job: rules.job, details: rules.details };

function run(answers: readonly ScriptedAnswer[]) {
  const model = scriptedModel(answers);
  const result = generateObject({
    provider: model,
    model: 'scripted',
    schema: StructureJobOutputSchema,
    schemaName: STRUCTURE_JOB_SCHEMA_NAME,
    messages: buildStructureJobMessages(record),
  });
  return { model, result };
}

describe('structure-job/v1 against a scripted model', () => {
  it('sends the posting and the rules’ draft, and merges a good answer without inventing', async () => {
    const { model, result } = run([
      JSON.stringify({
        title: 'Data Analyst',
        company: 'Northwind Traders',
        location: null,
        remote: null,
        seniority: 'mid',
        minYears: 2,
        degree: null,
        degreeFields: [],
        requiredSkills: ['SQL', 'Excel', 'Tableau or Power BI', 'Clear writing', 'Snowflake'],
        preferredSkills: ['Python', 'SQL'],
        responsibilities: ['You will build the weekly sales dashboards.'],
        requiredQualifications: [],
        preferredQualifications: [],
      }),
    ]);
    const answer = await result;
    if (!answer.ok) throw new Error(answer.error.message);
    const user = model.requests[0]?.messages[1]?.content ?? '';
    expect(user).toContain('<posting>\nData Analyst\nNorthwind Traders');
    expect(user).toContain('DRAFT FROM THE RULES');
    const merged = mergeRefinedJob(record, answer.value.value);
    // Snowflake is not in the posting: a model may not add it.
    expect(merged.details.requiredSkills).not.toContain('Snowflake');
    expect(merged.details.preferredSkills.filter((s) => s === 'SQL')).toEqual([]);
    expect(merged.details.minYears).toBe(2);
    expect(merged.details.structuredBy).toBe('model');
    expect(merged.changes.map((c) => c.field)).toEqual(
      expect.arrayContaining(['Years of experience']),
    );
    // What the rules found stays first and unchanged.
    expect(merged.details.requiredSkills.slice(0, rules.details.requiredSkills.length)).toEqual(
      rules.details.requiredSkills,
    );
  });

  it('takes a partial answer: absent fields are null or empty and change nothing', async () => {
    const answer = await run(['{"title": "Data Analyst", "requiredSkills": ["SQL"]']).result;
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value).toMatchObject({ repaired: true });
    expect(answer.value.value).toMatchObject({ minYears: null, preferredSkills: [] });
    const merged = mergeRefinedJob(record, answer.value.value);
    expect(merged.changes).toEqual([]);
    expect(merged.details).toEqual(rules.details);
  });

  it('sends an out-of-range answer back and fails with bad_json if it stays wrong', async () => {
    const { model, result } = run(['{"minYears": -3}', '{"seniority": "wizard"}']);
    const answer = await result;
    expect(answer.ok ? null : answer.error.code).toBe('bad_json');
    expect(model.requests[1]?.messages.at(-1)?.content).toContain('minYears');
  });
});
