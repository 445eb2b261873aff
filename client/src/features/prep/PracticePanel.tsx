// Practice mode: one question at a time, a typed answer, and feedback on STAR and the job's requirements.
import { STAR_PARTS } from '@career-copilot/shared/prep/model';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import {
  practiceQuestions,
  setAnswer,
  startPractice,
  stopPractice,
  submitAnswer,
  usePrep,
} from './prep-store';

const PART_LABELS = {
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
} as const;

export function PracticePanel() {
  const prep = usePrep((s) => s.prep);
  const index = usePrep((s) => s.practiceIndex);
  const answer = usePrep((s) => s.answer);
  const judging = usePrep((s) => s.judging);
  const attempt = usePrep((s) => s.lastAttempt);
  const note = usePrep((s) => s.judgeNote);
  const questions = practiceQuestions(prep);
  const question = index === undefined ? undefined : questions[index];
  const answered = prep?.attempts.length ?? 0;

  return (
    <section className="card" aria-labelledby="practice-heading">
      <h2 id="practice-heading">Practice</h2>
      {!question ? (
        <>
          <p className="muted">
            One question at a time: type your answer as you would say it, and get feedback on its
            STAR structure and on what the job asks for.
            {answered ? ` ${answered} answer${answered === 1 ? '' : 's'} practised so far.` : ''}
          </p>
          <Button
            variant="primary"
            disabled={questions.length === 0}
            onClick={() => startPractice(0)}
          >
            Start practice
          </Button>
        </>
      ) : (
        <>
          <p className="muted">
            Question {(index ?? 0) + 1} of {questions.length}
          </p>
          <p data-testid="practice-question">
            <strong>{question.question}</strong>
          </p>
          <Field
            label="Your answer"
            hint="Aim for 150–300 words: situation, task, what you did, the result."
          >
            <textarea
              rows={8}
              maxLength={10_000}
              value={answer}
              onChange={(e) => setAnswer(e.target.value)}
            />
          </Field>
          <div className="letter-actions">
            <Button variant="primary" disabled={judging} onClick={() => void submitAnswer()}>
              {judging ? 'Checking…' : 'Get feedback'}
            </Button>
            <Button
              disabled={judging}
              onClick={() => startPractice(((index ?? 0) + 1) % questions.length)}
            >
              Next question
            </Button>
            <Button variant="ghost" onClick={stopPractice}>
              End practice
            </Button>
          </div>
          {note ? (
            <p role="status" className="muted">
              {note}
            </p>
          ) : null}
          {attempt && attempt.questionId === question.id ? (
            <div data-testid="practice-feedback" aria-live="polite">
              <h3>
                Feedback · {attempt.feedback.score} / 5{' '}
                <span className="muted">
                  ({attempt.by === 'model' ? 'by your model' : 'built-in check'})
                </span>
              </h3>
              <ul className="practice-star" aria-label="STAR parts">
                {STAR_PARTS.map((part) => (
                  <li key={part} className={attempt.feedback.star[part] ? 'has' : 'missing'}>
                    {PART_LABELS[part]} {attempt.feedback.star[part] ? '✓' : '✗'}
                  </li>
                ))}
              </ul>
              {attempt.feedback.requirementsCovered.length ? (
                <p>Meets: {attempt.feedback.requirementsCovered.join(', ')}</p>
              ) : (
                <p>It does not yet speak to any of the job’s requirements.</p>
              )}
              {attempt.feedback.strengths.length ? (
                <>
                  <h4>Strengths</h4>
                  <ul>
                    {attempt.feedback.strengths.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              {attempt.feedback.improvements.length ? (
                <>
                  <h4>To improve</h4>
                  <ul>
                    {attempt.feedback.improvements.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
