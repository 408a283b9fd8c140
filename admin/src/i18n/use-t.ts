// A typed translate: `t('rsa.home.hello', { name })` only compiles when the key exists in
// messages.ts, so a typo is a type error rather than a raw key on screen.
import { useTranslate } from 'react-admin';
import type { appMessages } from './messages';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Pick<typeof appMessages, 'rsa'>>;

export const useT = () => {
  const translate = useTranslate();
  return (key: MessageKey, options?: Record<string, unknown>): string => translate(key, options);
};
