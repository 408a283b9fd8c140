// Every content type a functional admin sees in the content manager, with its French view.
import type { ContentTypeView } from '../view-types';
import { AUDIT_ENTRY_VIEW } from './audit-entry';
import { CHARACTERISTIC_DEFINITION_VIEW } from './characteristic-definition';
import { CHARACTERISTIC_FAMILY_VIEW } from './characteristic-family';
import { CLASSIFICATION_VIEW } from './classification';
import { COMMUNE_VIEW } from './commune';
import { CONSOLE_USER_VIEW } from './console-user';
import { DOCUMENT_FOLDER_VIEW } from './document-folder';
import { DOCUMENT_TEMPLATE_VIEW } from './document-template';
import { DOCUMENT_TYPE_VIEW } from './document-type';
import { REFERENCE_ITEM_VIEW } from './reference-item';
import { SMS_MESSAGE_VIEW } from './sms-message';
import { STRUCTURE_VIEW } from './structure';
import { TERRITORY_VIEW } from './territory';
import { EVENT_VIEW } from './event';
import { OFFER_VIEW } from './offer';
import { OFFER_SESSION_VIEW } from './offer-session';
import { FSE_OPERATION_VIEW } from './fse-operation';
import { FSE_QUESTION_VIEW } from './fse-question';

export const CONTENT_TYPE_VIEWS: ReadonlyArray<ContentTypeView> = [
  STRUCTURE_VIEW,
  TERRITORY_VIEW,
  COMMUNE_VIEW,
  CLASSIFICATION_VIEW,
  DOCUMENT_FOLDER_VIEW,
  DOCUMENT_TYPE_VIEW,
  DOCUMENT_TEMPLATE_VIEW,
  REFERENCE_ITEM_VIEW,
  CHARACTERISTIC_FAMILY_VIEW,
  CHARACTERISTIC_DEFINITION_VIEW,
  CONSOLE_USER_VIEW,
  SMS_MESSAGE_VIEW,
  AUDIT_ENTRY_VIEW,
  OFFER_VIEW,
  OFFER_SESSION_VIEW,
  EVENT_VIEW,
  FSE_OPERATION_VIEW,
  FSE_QUESTION_VIEW,
];
