import type { CreateUserBody, UpdateUserBody, User, UserList } from '@varn/contracts';
import { apiRequest } from './client';

/** `GET /api/users` (admin). */
export function getUsers(signal?: AbortSignal): Promise<UserList> {
  return apiRequest('GET', '/api/users', { signal });
}

/** `GET /api/users/{id}` (admin). */
export function getUser(id: string, signal?: AbortSignal): Promise<User> {
  return apiRequest('GET', `/api/users/${encodeURIComponent(id)}`, { signal });
}

/** `POST /api/users` (admin): creates the account and sends an invitation. */
export function createUser(body: CreateUserBody): Promise<User> {
  return apiRequest('POST', '/api/users', { body });
}

/** `PATCH /api/users/{id}` (admin). */
export function updateUser(id: string, body: UpdateUserBody): Promise<User> {
  return apiRequest('PATCH', `/api/users/${encodeURIComponent(id)}`, { body });
}

/** The commands on one account, each `POST /api/users/{id}/<command>`. */
export type UserCommand = 'deactivate' | 'reactivate' | 'invitation' | 'mfa-reset';

/** Runs a command on an account and returns the account afterwards. */
export function runUserCommand(id: string, command: UserCommand): Promise<User> {
  return apiRequest('POST', `/api/users/${encodeURIComponent(id)}/${command}`, {});
}
