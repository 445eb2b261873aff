// Builds applications with a given history for the tracker's tests and benchmarks.
import { unwrap } from '../src/lib/result';
import { moveApplication } from '../src/application/edits';
import {
  createApplication,
  type ApplicationRecord,
  type ApplicationStatus,
} from '../src/application/model';

/** An application that went through `steps` ([status, ISO date] pairs) after being saved at `start`. */
export function applicationWithHistory(
  id: string,
  start: string,
  steps: ReadonlyArray<readonly [ApplicationStatus, string]>,
  jobId = `job-${id}`,
): ApplicationRecord {
  let application = createApplication({ id, jobId, now: start });
  for (const [status, at] of steps) {
    application = unwrap(moveApplication(application, status, { at }, at));
  }
  return application;
}
