import type { Db } from '../deps';
import { readSetting, writeSetting } from '../instance/instance.service';

/** Where mail goes out: an SMTP relay and the sender address. */
export interface SmtpConfig {
  host: string;
  port: number;
  /** True for implicit TLS (usually port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
}

/** How notifications leave the server; read once at start-up. */
export interface NotificationConfig {
  /** Null when no SMTP host is set: mail then stays queued in the outbox. */
  smtp: SmtpConfig | null;
  /** The address people open Vigil at, for links in email; null leaves links as paths. */
  publicUrl: string | null;
  /** The hour (UTC, 0-23) the daily digest goes out; the same for everyone. */
  digestHourUtc: number;
  /** How often the server sends queued mail, sends due digests and scans for due items. */
  intervalMs: number;
}

export const defaultDigestHourUtc = 7;
const defaultIntervalSeconds = 60;

/**
 * Notification settings from the environment: VIGIL_SMTP_HOST, VIGIL_SMTP_PORT,
 * VIGIL_SMTP_SECURE, VIGIL_SMTP_USER, VIGIL_SMTP_PASSWORD, VIGIL_SMTP_FROM, VIGIL_PUBLIC_URL,
 * VIGIL_DIGEST_HOUR_UTC and VIGIL_NOTIFY_INTERVAL_SECONDS.
 * @throws Error naming the variable whose value is not usable
 */
export function notificationConfigFromEnv(
  env: Record<string, string | undefined>,
): NotificationConfig {
  const value = (name: string) => {
    const v = env[name]?.trim();
    return v ? v : null;
  };
  const host = value('VIGIL_SMTP_HOST');
  const secure = ['1', 'true', 'yes'].includes((value('VIGIL_SMTP_SECURE') ?? '').toLowerCase());
  let smtp: SmtpConfig | null = null;
  if (host) {
    const from = value('VIGIL_SMTP_FROM');
    if (!from) throw new Error('VIGIL_SMTP_FROM must name the sender when VIGIL_SMTP_HOST is set');
    smtp = {
      host,
      port: integerIn(env, 'VIGIL_SMTP_PORT', 1, 65535, secure ? 465 : 587),
      secure,
      user: value('VIGIL_SMTP_USER'),
      password: value('VIGIL_SMTP_PASSWORD'),
      from,
    };
  }
  const publicUrl = value('VIGIL_PUBLIC_URL');
  if (publicUrl && !/^https?:\/\/[^\s]+$/.test(publicUrl))
    throw new Error(`VIGIL_PUBLIC_URL must be an http(s) address; got "${publicUrl}"`);
  return {
    smtp,
    publicUrl: publicUrl ? publicUrl.replace(/\/+$/, '') : null,
    digestHourUtc: integerIn(env, 'VIGIL_DIGEST_HOUR_UTC', 0, 23, defaultDigestHourUtc),
    intervalMs:
      integerIn(env, 'VIGIL_NOTIFY_INTERVAL_SECONDS', 1, 86_400, defaultIntervalSeconds) * 1000,
  };
}

function integerIn(
  env: Record<string, string | undefined>,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max}; got "${text}"`);
  return n;
}

/** The instance-wide settings notifications read from the database (written at server start). */
export interface NotificationSettings {
  publicUrl: string | null;
  digestHourUtc: number;
}

const keys = { publicUrl: 'public_url', digestHour: 'digest_hour_utc' } as const;

export async function readNotificationSettings(db: Db): Promise<NotificationSettings> {
  const publicUrl = (await readSetting(db, keys.publicUrl)) ?? null;
  const hour = Number(await readSetting(db, keys.digestHour));
  return {
    publicUrl,
    digestHourUtc: Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : defaultDigestHourUtc,
  };
}

/** Stores the public address and the digest hour so every process composes mail alike. */
export async function saveNotificationSettings(
  db: Db,
  settings: NotificationSettings,
): Promise<void> {
  if (settings.publicUrl) await writeSetting(db, keys.publicUrl, settings.publicUrl);
  await writeSetting(db, keys.digestHour, String(settings.digestHourUtc));
}
