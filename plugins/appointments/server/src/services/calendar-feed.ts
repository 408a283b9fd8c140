// The personal iCalendar subscription (FEATURES A7, CONTRACT.md `calendar-feed`): one secret,
// revocable address per collaborator, read by Outlook without any other credential. Only a hash
// of the secret is stored; the secret itself is derived (HMAC of a random nonce with the server's
// key), so the console can show the same address again without it being kept in clear.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { ConsoleError, todayInParis, type ConsoleUser } from '@rsa/console-kit';
import { addDays, parisLocalToInstant } from '@rsa/vocabulary';
import { feedEvents, feedWindow, type AppointmentStatus, type FeedAppointment } from '../../../domain';
import { insertRow, rowsOf, toDate, type Knex, type Row } from './sql';

const hash = (token: string): string => createHash('sha256').update(token).digest('hex');

const serverKey = (): string => process.env.ENCRYPTION_KEY || process.env.ADMIN_JWT_SECRET || process.env.APP_KEYS || 'rsa-calendar-feed';

const tokenOf = (login: string, nonce: string): string => createHmac('sha256', serverKey()).update(`${login}:${nonce}`).digest('base64url');

export const FEED_PATH = '/api/calendar-feed/';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;

  const active = async (login: string): Promise<Row | null> =>
    rowsOf<Row>(await knex().raw('SELECT id, nonce FROM calendar_feed_tokens WHERE login = ? AND revoked_at IS NULL ORDER BY id DESC', [login]))[0] ?? null;

  /** The feed's owner as the audit trail names them (login and profiles). */
  const subscriber = async (login: string): Promise<ConsoleUser> => {
    const [u] = rowsOf<Row>(await knex().raw('SELECT id, login, name, profiles, structure_code, territory_code FROM console_users WHERE login = ?', [login]));
    let profiles: unknown = u?.profiles;
    if (typeof profiles === 'string') {
      try {
        profiles = JSON.parse(profiles);
      } catch {
        profiles = String(u?.profiles).split(',');
      }
    }
    return { id: Number(u?.id ?? 0), login, name: String(u?.name ?? login), profiles: (Array.isArray(profiles) ? profiles : []) as ConsoleUser['profiles'], structureCode: (u?.structure_code as string) ?? null, territoryCode: (u?.territory_code as string) ?? null } as ConsoleUser;
  };

  return {
    /** The caller's address (created at the first request). `origin`: PUBLIC_URL or the request's. */
    async url(user: ConsoleUser, origin: string): Promise<{ url: string }> {
      let row = await active(user.login);
      if (!row) {
        const nonce = randomBytes(24).toString('base64url');
        await insertRow(strapi, 'calendar_feed_tokens', { login: user.login, nonce, token_hash: hash(tokenOf(user.login, nonce)) });
        row = await active(user.login);
      }
      const base = (process.env.PUBLIC_URL || origin).replace(/\/+$/, '');
      return { url: `${base}${FEED_PATH}${tokenOf(user.login, String(row?.nonce))}.ics` };
    },

    async revoke(user: ConsoleUser): Promise<void> {
      await knex().raw('UPDATE calendar_feed_tokens SET revoked_at = ?, updated_at = ? WHERE login = ? AND revoked_at IS NULL', [new Date(), new Date(), user.login]);
    },

    /** The feed of a secret, current at every read; 404 for an unknown or revoked secret. */
    async render(secret: string): Promise<string> {
      const token = secret.replace(/\.ics$/, '');
      if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw new ConsoleError(404, 'Calendrier introuvable.');
      const [owner] = rowsOf<Row>(await knex().raw('SELECT id, login FROM calendar_feed_tokens WHERE token_hash = ? AND revoked_at IS NULL', [hash(token)]));
      if (!owner) throw new ConsoleError(404, 'Calendrier introuvable.');
      const login = String(owner.login);
      const { from, to } = feedWindow(todayInParis());
      const rows = rowsOf<Row>(
        await knex().raw(
          `SELECT a.id, a.beneficiary_id, a.starts_at, a.ends_at, a.status, a.sequence, b.first_name, b.last_name, b.file_number,
             (SELECT label FROM reference_items r WHERE r.list = 'appointment_type' AND r.code = a.type_code) AS type_label,
             (SELECT label FROM reference_items r WHERE r.list = 'appointment_theme' AND r.code = a.theme_code) AS theme_label,
             (SELECT label FROM reference_items r WHERE r.list = 'place' AND r.code = a.place_code) AS place_label
           FROM appointments a JOIN beneficiaries b ON b.id = a.beneficiary_id
           WHERE a.collaborator_login = ? AND a.starts_at >= ? AND a.starts_at < ?
             AND a.status NOT IN ('annule_referent', 'annule_beneficiaire', 'absence_justifiee', 'absence_non_justifiee')
           ORDER BY a.starts_at, a.id`,
          [login, parisLocalToInstant(`${from}T00:00`), parisLocalToInstant(`${addDays(to, 1)}T00:00`)],
        ),
      );
      const appointments: Array<FeedAppointment & { beneficiaryId: number }> = rows.map((r) => ({
        id: Number(r.id),
        startsAt: toDate(r.starts_at) as Date,
        endsAt: toDate(r.ends_at) as Date,
        status: String(r.status) as AppointmentStatus,
        sequence: Number(r.sequence ?? 0),
        type: String(r.type_label ?? ''),
        theme: String(r.theme_label ?? ''),
        place: String(r.place_label ?? ''),
        firstName: (r.first_name as string) ?? null,
        lastName: (r.last_name as string) ?? null,
        fileNumber: (r.file_number as string) ?? null,
        beneficiaryId: Number(r.beneficiary_id),
      }));
      const calendar = ical({ name: 'Rendez-vous RSA', prodId: { company: 'Département', product: 'Accompagnement RSA', language: 'FR' }, method: ICalCalendarMethod.PUBLISH, ttl: 15 * 60 });
      for (const event of feedEvents(appointments)) {
        calendar.createEvent({ id: event.uid, sequence: event.sequence, start: event.start, end: event.end, summary: event.summary, location: event.location, description: event.description, stamp: event.start });
      }
      await knex().raw('UPDATE calendar_feed_tokens SET last_read_at = ? WHERE id = ?', [new Date(), owner.id]);
      // Every read is audited (ACCESS.md): the subscriber, the moment, the files the feed showed —
      // ids only, never a name nor the secret. A feed with no event still leaves one entry.
      await strapi.plugin('file-active').service('audit').recordMany(await subscriber(login), 'read:calendar-feed', appointments.map((a) => a.beneficiaryId));
      return calendar.toString();
    },
  };
};
