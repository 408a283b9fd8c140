import type { Core } from '@strapi/strapi';
import type services from './index';

type Services = typeof services;
export type FseService<K extends keyof Services> = ReturnType<Services[K]>;

/** Typed access to this plugin's services: callers never pass bare strings. */
export const getService = <K extends keyof Services>(strapi: Core.Strapi, name: K): FseService<K> =>
  strapi.plugin('fse').service(name) as FseService<K>;
