// Seeds the reference data on an empty database: territories, the département's communes with
// their territory, structures, classifications, document nomenclature and the reference lists.
// Bulk inserts through the query engine (createMany) and the relation's own join table keep the
// first start fast (335 communes); document ids are generated as Strapi would.
import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import { CLASSIFICATIONS, DOCUMENT_NOMENCLATURE, REFERENCE_LISTS, STRUCTURES, TERRITORIES } from './reference-values';

type Commune = { code: string; nom: string; departement: string; type: string; arrondissement?: string; codesPostaux?: string[] };

const DEPARTEMENT = process.env.DEPARTEMENT_CODE ?? '07';
const documentId = (): string => randomUUID().replace(/-/g, '').slice(0, 24);

const slug = (label: string): string =>
  label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');

/** Inserts rows and links each one to a target through the attribute's join table. */
const linkMany = async (strapi: Core.Strapi, uid: string, attribute: string, pairs: Array<[number, number]>): Promise<void> => {
  const meta = strapi.db.metadata.get(uid as never) as unknown as {
    attributes: Record<string, { joinTable?: { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } } }>;
  };
  const joinTable = meta.attributes[attribute]?.joinTable;
  if (!joinTable || pairs.length === 0) return;
  const rows = pairs.map(([from, to]) => ({ [joinTable.joinColumn.name]: from, [joinTable.inverseJoinColumn.name]: to }));
  for (let i = 0; i < rows.length; i += 200) await strapi.db.connection(joinTable.name).insert(rows.slice(i, i + 200));
};

const createAll = async (strapi: Core.Strapi, uid: string, data: Record<string, unknown>[]): Promise<void> => {
  const now = new Date();
  const rows = data.map((d) => ({ documentId: documentId(), createdAt: now, updatedAt: now, publishedAt: now, ...d }));
  for (let i = 0; i < rows.length; i += 100) await strapi.db.query(uid as never).createMany({ data: rows.slice(i, i + 100) });
};

const idsBy = async (strapi: Core.Strapi, uid: string, key: string): Promise<Map<string, number>> => {
  const rows = (await strapi.db.query(uid as never).findMany({ select: ['id', key] })) as Array<Record<string, unknown>>;
  return new Map(rows.map((r) => [String(r[key]), Number(r.id)]));
};

export const seedReferenceData = async (strapi: Core.Strapi): Promise<void> => {
  if ((await strapi.db.query('api::territory.territory').count()) > 0) return;
  strapi.log.info('Données de référence : initialisation (territoires, communes, structures, listes).');

  await createAll(strapi, 'api::territory.territory', TERRITORIES.map(({ code, name }) => ({ code, name, active: true })));
  const territoryIds = await idsBy(strapi, 'api::territory.territory', 'code');
  const byArrondissement = new Map<string, string>(TERRITORIES.map((t) => [t.arrondissement, t.code]));

  const all = require('@etalab/decoupage-administratif/data/communes.json') as Commune[];
  const communes = all.filter((c) => c.departement === DEPARTEMENT && c.type === 'commune-actuelle');
  await createAll(
    strapi,
    'api::commune.commune',
    communes.map((c) => ({ inseeCode: c.code, name: c.nom, postalCode: c.codesPostaux?.[0] ?? null, arrondissement: c.arrondissement ?? null })),
  );
  const communeIds = await idsBy(strapi, 'api::commune.commune', 'inseeCode');
  await linkMany(
    strapi,
    'api::commune.commune',
    'territory',
    communes.flatMap((c) => {
      const territory = byArrondissement.get(c.arrondissement ?? '');
      const t = territory ? territoryIds.get(territory) : undefined;
      const id = communeIds.get(c.code);
      return t && id ? [[id, t] as [number, number]] : [];
    }),
  );

  await createAll(
    strapi,
    'api::structure.structure',
    STRUCTURES.map((s) => ({
      code: s.code,
      name: s.name,
      kind: s.kind,
      city: s.city,
      postalCode: s.postalCode,
      isAccompagnateur: s.profiles.includes('accompagnateur'),
      isEmployeur: s.profiles.includes('employeur'),
      isOperateur: s.profiles.includes('operateur'),
      isPrescripteur: s.profiles.includes('prescripteur'),
      active: true,
    })),
  );
  const structureIds = await idsBy(strapi, 'api::structure.structure', 'code');
  await linkMany(
    strapi,
    'api::structure.structure',
    'territory',
    STRUCTURES.map((s) => [structureIds.get(s.code) ?? 0, territoryIds.get(s.territory) ?? 0] as [number, number]).filter(([a, b]) => a && b),
  );

  await createAll(strapi, 'api::classification.classification', CLASSIFICATIONS.map((name) => ({ name, active: true })));

  await createAll(
    strapi,
    'api::document-folder.document-folder',
    DOCUMENT_NOMENCLATURE.map((f, position) => ({ name: f.folder, scope: f.scope, position })),
  );
  const folderIds = await idsBy(strapi, 'api::document-folder.document-folder', 'name');
  await createAll(strapi, 'api::document-type.document-type', DOCUMENT_NOMENCLATURE.flatMap((f) => f.types.map((name) => ({ name, code: slug(name), active: true }))));
  const typeIds = await idsBy(strapi, 'api::document-type.document-type', 'name');
  await linkMany(
    strapi,
    'api::document-type.document-type',
    'folder',
    DOCUMENT_NOMENCLATURE.flatMap((f) => f.types.map((t) => [typeIds.get(t) ?? 0, folderIds.get(f.folder) ?? 0] as [number, number])),
  );

  await createAll(
    strapi,
    'api::reference-item.reference-item',
    Object.entries(REFERENCE_LISTS).flatMap(([list, labels]) =>
      labels.map((label, position) => ({ list, code: slug(label), label, active: true, position })),
    ),
  );
};
