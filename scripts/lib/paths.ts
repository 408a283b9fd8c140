import path from 'path';

export const ROOT_DIR = path.resolve(__dirname, '..', '..');
export const CMS_DIR = path.join(ROOT_DIR, 'cms');
export const CMS_DIST_DIR = path.join(CMS_DIR, 'dist');
export const CONSOLE_DIST_DIR = path.join(ROOT_DIR, 'admin', 'dist');
export const ENV_FILE = path.join(CMS_DIR, '.env');
export const PLUGIN_NAMES = ['console-kit', 'accounts', 'file-active', 'genesis', 'cer', 'offers', 'documents', 'appointments', 'fse'] as const;
