// The Hono environment shared by every route and middleware: per-request variables.

export type AppEnv = {
  Variables: {
    requestId: string;
    clientIp: string;
  };
};
