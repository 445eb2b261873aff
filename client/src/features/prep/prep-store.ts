// The interview prep area's state: one application's question bank, its generation, and practice answers.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { AiFailure } from '@career-copilot/shared/ai/failures';
import { TaskKind } from '@career-copilot/shared/ai/tasks';
import {
  buildPracticeFeedbackMessages,
  buildPrepMessages,
  PracticeFeedbackSchema,
  PrepAnswerSchema,
  questionsFromAnswer,
} from '@career-copilot/shared/ai/tasks/interview-prep/v1';
import { setDocuments } from '@career-copilot/shared/application/edits';
import type { ApplicationRecord } from '@career-copilot/shared/application/model';
import type { JobRecord } from '@career-copilot/shared/job/model';
import { listAchievements } from '@career-copilot/shared/letters/achievements';
import { ok } from '@career-copilot/shared/lib/result';
import { checkGaps } from '@career-copilot/shared/match/checks-dates';
import { checkPracticeAnswer } from '@career-copilot/shared/prep/practice-check';
import {
  INTERVIEW_PREP_RECORD_VERSION,
  type InterviewPrepRecord,
  type PracticeAttempt,
  type PrepQuestion,
} from '@career-copilot/shared/prep/model';
import { buildQuestionBank, completeWithBank } from '@career-copilot/shared/prep/question-bank';
import type { ResumeRecord } from '@career-copilot/shared/resume/record';
import { todayIso } from '../jobs/match-store';
import { newId, nowIso } from '../../lib/ids';
import { generateTaskObject, resolveModel } from '../../llm/ai';
import { interviewPrepsRepo } from '../../storage/letters-repo';
import { applicationsRepo, jobsRepo, resumesRepo } from '../../storage/repositories';
import { editApplication } from '../applications/applications-store';
import { describeStorageError } from '../resumes/resumes-store';
import { modelsEnvironment } from '../settings/models/models-store';

type PrepState = {
  readonly status: 'idle' | 'loading' | 'ready' | 'missing' | 'error';
  readonly application?: ApplicationRecord;
  readonly job?: JobRecord;
  readonly resumes: readonly ResumeRecord[];
  readonly resumeId?: string;
  readonly prep?: InterviewPrepRecord;
  readonly generating: boolean;
  readonly failure?: AiFailure;
  /** Practice: the question on screen, the answer being typed, and whether it is being judged. */
  readonly practiceIndex?: number;
  readonly answer: string;
  readonly judging: boolean;
  /** The last judged attempt on screen, with a note when the model could not judge it. */
  readonly lastAttempt?: PracticeAttempt;
  readonly judgeNote?: string;
  readonly error?: string;
};

const initial: PrepState = {
  status: 'idle',
  resumes: [],
  generating: false,
  answer: '',
  judging: false,
};

export const prepStore = createStore<PrepState>()(() => initial);
export const usePrep = <T>(select: (s: PrepState) => T) => useStore(prepStore, select);

export async function openPrep(applicationId: string): Promise<void> {
  prepStore.setState({ ...initial, status: 'loading' });
  try {
    const application = await applicationsRepo.get(applicationId);
    if (!application) return prepStore.setState({ status: 'missing' });
    const [job, resumes, prep] = await Promise.all([
      jobsRepo.get(application.jobId),
      resumesRepo.list(),
      interviewPrepsRepo.getForApplication(applicationId),
    ]);
    const resumeId =
      prep?.resumeId ??
      application.resumeId ??
      resumes.records.find((r) => !r.jobId)?.id ??
      resumes.records[0]?.id;
    prepStore.setState({
      status: 'ready',
      application,
      ...(job ? { job } : {}),
      resumes: resumes.records,
      ...(resumeId ? { resumeId } : {}),
      ...(prep ? { prep } : {}),
    });
  } catch (error) {
    prepStore.setState({ status: 'error', error: describeStorageError(error) });
  }
}

export function choosePrepResume(resumeId: string): void {
  prepStore.setState({ resumeId });
}

function prepResume(state: PrepState = prepStore.getState()): ResumeRecord | undefined {
  return state.resumes.find((r) => r.id === state.resumeId);
}

async function store(record: InterviewPrepRecord): Promise<void> {
  try {
    await interviewPrepsRepo.put(record);
    prepStore.setState({ prep: record, error: undefined });
    await editApplication(record.applicationId, (a, now) =>
      ok(setDocuments(a, { prepId: record.id }, now)),
    );
  } catch (error) {
    prepStore.setState({ error: describeStorageError(error) });
  }
}

function newPrep(
  questions: PrepQuestion[],
  source: 'model' | 'rules',
  model?: string,
): InterviewPrepRecord | undefined {
  const { application, resumeId, prep } = prepStore.getState();
  if (!application) return undefined;
  const now = nowIso();
  return {
    id: prep?.id ?? newId('prep-'),
    schemaVersion: INTERVIEW_PREP_RECORD_VERSION,
    applicationId: application.id,
    jobId: application.jobId,
    ...(resumeId ? { resumeId } : {}),
    createdAt: prep?.createdAt ?? now,
    updatedAt: now,
    source,
    ...(model ? { model } : {}),
    questions,
    // Practice answers stay with the preparation even when the questions are rewritten.
    attempts: prep?.attempts ?? [],
  };
}

/** The question bank from the job's structured requirements and the resume, without a model. */
export async function prepareWithoutModel(): Promise<void> {
  const state = prepStore.getState();
  const resume = prepResume(state);
  if (!state.job || !resume) return;
  const questions = buildQuestionBank({ job: state.job, resume: resume.resume, today: todayIso() });
  const record = newPrep(questions, 'rules');
  prepStore.setState({ failure: undefined, practiceIndex: undefined, lastAttempt: undefined });
  if (record) await store(record);
}

/** Questions and STAR drafts from the user's model; drafts on bullets the resume lacks are dropped. */
export async function prepareWithModel(): Promise<void> {
  const state = prepStore.getState();
  const resume = prepResume(state);
  if (!state.job || !resume || state.generating) return;
  prepStore.setState({ generating: true, failure: undefined });
  try {
    const env = modelsEnvironment();
    const achievements = listAchievements(resume.resume, state.job).slice(0, 20);
    const gaps = checkGaps(resume.resume, todayIso()).findings.map((f) => f.text);
    const messages = buildPrepMessages({
      job: state.job,
      achievements,
      gaps,
      roles: (resume.resume.work ?? []).map((w) => ({
        ...(w.position ? { position: w.position } : {}),
        ...(w.name ? { employer: w.name } : {}),
        ...(w.startDate ? { start: w.startDate } : {}),
        ...(w.endDate ? { end: w.endDate } : {}),
      })),
    });
    const resolved = await resolveModel(TaskKind.InterviewPrep, env);
    const result = await generateTaskObject(TaskKind.InterviewPrep, messages, {
      schema: PrepAnswerSchema,
      schemaName: 'interview_prep',
      env,
    });
    if (!result.ok) return prepStore.setState({ failure: result.error });
    const bank = buildQuestionBank({ job: state.job, resume: resume.resume, today: todayIso() });
    const record = newPrep(
      completeWithBank(questionsFromAnswer(result.value, achievements), bank),
      'model',
      resolved.ok ? `${resolved.value.provider.label} · ${resolved.value.model}` : undefined,
    );
    prepStore.setState({ practiceIndex: undefined, lastAttempt: undefined });
    if (record) await store(record);
  } finally {
    prepStore.setState({ generating: false });
  }
}

/** The questions practice goes through: everything but the ones the user asks. */
export function practiceQuestions(prep: InterviewPrepRecord | undefined): PrepQuestion[] {
  return (prep?.questions ?? []).filter((q) => q.group !== 'toAsk');
}

export function startPractice(index = 0): void {
  prepStore.setState({
    practiceIndex: index,
    answer: '',
    lastAttempt: undefined,
    judgeNote: undefined,
  });
}

export function stopPractice(): void {
  prepStore.setState({
    practiceIndex: undefined,
    answer: '',
    lastAttempt: undefined,
    judgeNote: undefined,
  });
}

export function setAnswer(answer: string): void {
  prepStore.setState({ answer });
}

/**
 * Judges the typed answer: by the user's model when one is set up and answers, otherwise (or when it
 * fails) by the built-in STAR and requirements check, saying which judged it and why.
 */
export async function submitAnswer(): Promise<void> {
  const state = prepStore.getState();
  const question = practiceQuestions(state.prep)[state.practiceIndex ?? -1];
  if (!question || !state.prep || !state.job || state.judging) return;
  const answer = state.answer.trim();
  if (answer === '') return prepStore.setState({ judgeNote: 'Type your answer first.' });
  prepStore.setState({ judging: true, judgeNote: undefined });
  try {
    const env = modelsEnvironment();
    const resolved = await resolveModel(TaskKind.InterviewPrep, env);
    let attempt: PracticeAttempt | undefined;
    let judgeNote: string | undefined;
    if (resolved.ok) {
      const result = await generateTaskObject(
        TaskKind.InterviewPrep,
        buildPracticeFeedbackMessages({ question, answer, job: state.job }),
        { schema: PracticeFeedbackSchema, schemaName: 'practice_feedback', env },
      );
      if (result.ok)
        attempt = {
          id: newId('try-'),
          questionId: question.id,
          answer,
          at: nowIso(),
          feedback: result.value,
          by: 'model',
        };
      else
        judgeNote = `Your model could not judge this answer (${result.error.message}), so the built-in check did.`;
    } else {
      judgeNote =
        'No model is set up for interview preparation, so the built-in STAR and requirements check judged this answer.';
    }
    attempt ??= {
      id: newId('try-'),
      questionId: question.id,
      answer,
      at: nowIso(),
      feedback: checkPracticeAnswer(answer, question, state.job.details),
      by: 'rules',
    };
    const current = prepStore.getState().prep ?? state.prep;
    const record = {
      ...current,
      updatedAt: nowIso(),
      attempts: [...current.attempts, attempt].slice(-500),
    };
    prepStore.setState({ lastAttempt: attempt, ...(judgeNote ? { judgeNote } : {}) });
    await store(record);
  } finally {
    prepStore.setState({ judging: false });
  }
}
