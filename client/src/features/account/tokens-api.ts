// The personal API token endpoints, typed by the shared contract.
import {
  ApiTokenListSchema,
  CreateApiTokenResponseSchema,
  TokenRoutes,
  type ApiTokenScope,
} from '@career-copilot/shared/api/tokens';
import { RevokedResponseSchema } from '@career-copilot/shared/api/auth';
import { apiRequest } from '../../api/client';

export const tokensApi = {
  list: () => apiRequest(TokenRoutes.tokens, { schema: ApiTokenListSchema }),
  create: (name: string, scopes: ApiTokenScope[]) =>
    apiRequest(TokenRoutes.tokens, {
      method: 'POST',
      body: { name, scopes },
      schema: CreateApiTokenResponseSchema,
    }),
  revoke: (id: string) =>
    apiRequest(TokenRoutes.token(id), { method: 'DELETE', schema: RevokedResponseSchema }),
};
