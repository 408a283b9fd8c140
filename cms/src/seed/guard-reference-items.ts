// A code is what the server stores and checks (a veille motif, a CER theme…): within one list it
// must designate one item, whatever the admin panel lets an admin type.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const REFERENCE_ITEM = 'api::reference-item.reference-item';

type Item = { id: number; list: string; code: string };
type Event = { params: { where?: Record<string, unknown>; data?: Record<string, unknown> } };

export const guardReferenceItems = (strapi: Core.Strapi): void => {
  const check = async (event: Event) => {
    const data = event.params.data ?? {};
    if (data.list === undefined && data.code === undefined) return;
    const current = event.params.where
      ? ((await strapi.db.query(REFERENCE_ITEM).findOne({ where: event.params.where, select: ['id', 'list', 'code'] })) as Item | null)
      : null;
    const list = String(data.list ?? current?.list ?? '');
    const code = String(data.code ?? current?.code ?? '');
    const clash = (await strapi.db.query(REFERENCE_ITEM).findOne({ where: { list, code, ...(current ? { id: { $ne: current.id } } : {}) } })) as Item | null;
    if (clash) throw new errors.ValidationError(`Le code « ${code} » existe déjà dans cette liste : choisissez un autre code (ou désactivez l’ancienne valeur et modifiez-la).`);
  };
  strapi.db.lifecycles.subscribe({ models: [REFERENCE_ITEM], beforeCreate: check, beforeUpdate: check } as never);
};
