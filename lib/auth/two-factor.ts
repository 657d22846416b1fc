import { randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { db } from '../db/client';
import { sha256 } from './secrets';

const ISSUER = 'My Movie Journal';
const RECOVERY_CODES = 10;
const RECOVERY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

const totp = (secret: string, username: string) =>
  new TOTP({ issuer: ISSUER, label: username, secret: Secret.fromBase32(secret) });

export async function twoFactorEnabled(userId: number): Promise<boolean> {
  return (await db().twoFactor.count({ where: { userId, confirmedAt: { not: null } } })) > 0;
}

type Enrolment = { secret: string; uri: string; qrSvg: string };

/** A new, unconfirmed secret for the account (replacing an unconfirmed one); null if 2FA is on. */
export async function startEnrolment(userId: number, username: string): Promise<Enrolment | null> {
  if (await twoFactorEnabled(userId)) return null;
  const secret = new Secret({ size: 20 }).base32;
  await db().twoFactor.upsert({
    where: { userId },
    create: { userId, secret },
    update: { secret, lastStep: 0, createdAt: new Date() },
  });
  const uri = totp(secret, username).toString();
  return { secret, uri, qrSvg: await QRCode.toString(uri, { type: 'svg', margin: 1 }) };
}

/** The time step `code` belongs to (one step of clock drift either way), if it is current. */
function stepOf(secret: string, code: string, now: number): number | null {
  const delta = TOTP.validate({ token: code, secret: Secret.fromBase32(secret), timestamp: now, window: 1 });
  return delta === null ? null : TOTP.counter({ timestamp: now }) + delta;
}

/** Uses a TOTP code once: refused if it is not current or its step was already used. */
async function spendTotp(userId: number, code: string, confirmed: boolean, now: number): Promise<boolean> {
  const row = await db().twoFactor.findUnique({ where: { userId } });
  if (!row || Boolean(row.confirmedAt) !== confirmed || !/^\d{6}$/.test(code)) return false;
  const step = stepOf(row.secret, code, now);
  if (step === null) return false;
  const { count } = await db().twoFactor.updateMany({
    where: { userId, lastStep: { lt: step } },
    data: confirmed ? { lastStep: step } : { lastStep: step, confirmedAt: new Date(now) },
  });
  return count > 0;
}

/** Confirms the enrolment with a current code; returns the ten recovery codes, shown only now. */
export async function confirmEnrolment(userId: number, code: string, now = Date.now()): Promise<string[] | null> {
  if (!(await spendTotp(userId, code.replace(/\s/g, ''), false, now))) return null;
  const codes = Array.from({ length: RECOVERY_CODES }, () =>
    Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join(''),
  );
  await db().recoveryCode.deleteMany({ where: { userId } });
  await db().recoveryCode.createMany({ data: codes.map((c) => ({ userId, codeHash: sha256(c) })) });
  return codes.map((c) => `${c.slice(0, 5)}-${c.slice(5)}`);
}

/** A second factor: a current TOTP code, or an unused recovery code (then spent). */
export async function verifySecondFactor(userId: number, input: string, now = Date.now()): Promise<boolean> {
  const code = input.replace(/[\s-]/g, '').toLowerCase();
  if (/^\d{6}$/.test(code)) return spendTotp(userId, code, true, now);
  if (code.length !== 10) return false;
  const { count } = await db().recoveryCode.updateMany({
    where: { userId, codeHash: sha256(code), usedAt: null },
    data: { usedAt: new Date(now) },
  });
  return count > 0;
}

export async function unusedRecoveryCodes(userId: number): Promise<number> {
  return db().recoveryCode.count({ where: { userId, usedAt: null } });
}

/** Turns two-factor sign-in off: the secret and the recovery codes are deleted. */
export async function disableTwoFactor(userId: number): Promise<void> {
  await db().$transaction([
    db().twoFactor.deleteMany({ where: { userId } }),
    db().recoveryCode.deleteMany({ where: { userId } }),
  ]);
}
