import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { recoveryCodeCount } from '@varn/domain';

/**
 * TOTP (RFC 6238) as every authenticator app understands it: SHA-1, 6 digits, 30 s steps.
 * A code is accepted one step early or late (clock drift), and never twice (replay).
 */
const period = 30;

const totpFor = (secretBase32: string, label = '', issuer = 'Värn'): TOTP =>
  new TOTP({ issuer, label, algorithm: 'SHA1', digits: 6, period, secret: Secret.fromBase32(secretBase32) });

/** A new random 160-bit secret, base32. */
export function createTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` URI and its QR code (SVG) for enrolment. */
export async function totpEnrolment(secretBase32: string, accountEmail: string, organisationName: string) {
  const otpauthUri = totpFor(secretBase32, accountEmail, `Värn ${organisationName}`).toString();
  const qrCodeSvg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { otpauthUri, qrCodeSvg };
}

/**
 * Checks a code at `now`; returns the time step it belongs to, or null. A step not after
 * `lastUsedStep` is refused, so an observed code cannot be replayed.
 */
export function checkTotp(
  secretBase32: string,
  code: string,
  now: Date,
  lastUsedStep: number | null,
): number | null {
  const token = code.replace(/\s/gu, '');
  const delta = totpFor(secretBase32).validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / period) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return null;
  return step;
}

/** The current code for a secret (tests and the demo tooling). */
export function currentTotp(secretBase32: string, now: Date): string {
  return totpFor(secretBase32).generate({ timestamp: now.getTime() });
}

const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten one-time recovery codes, `xxxxx-xxxxx` from an unambiguous alphabet (about 49 bits each). */
export function createRecoveryCodes(): string[] {
  return Array.from({ length: recoveryCodeCount }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((byte) => alphabet[byte % alphabet.length] ?? 'a').join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}
