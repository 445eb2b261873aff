// Time as a dependency, so tests can move it (expiries, rate-limit windows, daily quotas).

export type Clock = {
  readonly now: () => Date;
};

export const systemClock: Clock = { now: () => new Date() };
