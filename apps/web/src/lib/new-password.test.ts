import { describe, expect, it } from 'vitest';
import { fieldMessage } from '@varn/contracts';
import type { I18n } from './i18n/i18n';
import { newPasswordErrors } from './new-password';

// The keys stand for their messages: which message is shown is what matters here.
const i18n: Pick<I18n, 't' | 'locale'> = { t: (key) => key, locale: 'sv' };
const owner = { email: 'nora.nyvald@exempelkommun.se', name: 'Nora Nyvald' };
const good = 'sommarregn över kommunhuset';

describe('newPasswordErrors', () => {
  it('lets a good password typed twice alike through', () => {
    expect(newPasswordErrors({ password: good, repeat: good, path: 'password' }, owner, i18n)).toBeNull();
  });

  it('shows a password the rules refuse at the form’s path, in the shared field messages', () => {
    expect(newPasswordErrors({ password: 'kort', repeat: 'kort', path: 'newPassword' }, owner, i18n)).toEqual(
      {
        message: 'form.fixErrors',
        fields: { newPassword: fieldMessage('password_too_short', 'sv') },
      },
    );
  });

  it('shows a repetition that differs at `repeat`, beside a refused password', () => {
    expect(newPasswordErrors({ password: good, repeat: `${good}!`, path: 'password' }, owner, i18n)).toEqual({
      message: 'form.fixErrors',
      fields: { repeat: 'password.mismatch' },
    });
    expect(
      Object.keys(
        newPasswordErrors({ password: 'kort', repeat: '', path: 'password' }, owner, i18n)?.fields ?? {},
      ),
    ).toEqual(['password', 'repeat']);
  });

  it('refuses the owner’s own address as the password', () => {
    expect(
      newPasswordErrors({ password: owner.email, repeat: owner.email, path: 'password' }, owner, i18n)
        ?.fields,
    ).toHaveProperty('password');
  });
});
