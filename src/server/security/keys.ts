import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AppConfig, ConfigError } from '../config.js';

/** Keys derived from HAVEN_SESSION_SECRET; one secret, separate keys per purpose (HKDF, RFC 5869). */
export interface Keys {
  /** Keyed hash of a session token: what the database stores instead of the token. */
  hashToken(token: string): string;
  encrypt(plain: string): string;
  decrypt(sealed: string): string;
}

export function deriveKeys(secret: string): Keys {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', secret, 'haven', info, 32));
  const tokenKey = derive('session-token');
  const dataKey = derive('data-encryption');
  return {
    hashToken: (token) => createHmac('sha256', tokenKey).update(token).digest('base64url'),
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [
        'v1',
        iv.toString('base64url'),
        cipher.getAuthTag().toString('base64url'),
        body.toString('base64url'),
      ].join('.');
    },
    decrypt(sealed) {
      const [version, iv, tag, body] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || !body) throw new Error('Unknown encrypted value format');
      const decipher = createDecipheriv('aes-256-gcm', dataKey, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}

/**
 * The secret comes from HAVEN_SESSION_SECRET. On the embedded database a missing secret is generated once
 * and kept beside the data (mode 0600); on PostgreSQL every app server must share one, so it is required.
 */
export function resolveSessionSecret(config: AppConfig): string {
  if (config.sessionSecret) return config.sessionSecret;
  if (!('dataDir' in config.database)) {
    throw new ConfigError(
      'HAVEN_SESSION_SECRET is required when DATABASE_URL is set (at least 32 characters).',
    );
  }
  mkdirSync(config.database.dataDir, { recursive: true });
  const file = join(config.database.dataDir, 'session-secret');
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  return readFileSync(file, 'utf8').trim();
}
