import type { ContentTypeView } from '../view-types';

type Field = 'to' | 'sender' | 'text' | 'provider' | 'status';

export const SMS_MESSAGE_VIEW: ContentTypeView<Field> = {
  uid: 'plugin::cer.sms-message',
  mainField: 'to',
  defaultSortBy: 'createdAt',
  defaultSortOrder: 'DESC',
  pageSize: 20,
  list: ['createdAt', 'to', 'status', 'provider'],
  fields: {
    to: { label: 'Destinataire', description: 'Numéro de téléphone du destinataire.' },
    sender: { label: 'Expéditeur' },
    text: { label: 'Message' },
    provider: { label: 'Fournisseur', description: '« outbox » : le message est seulement conservé ici, il n’est pas envoyé.' },
    status: { label: 'État de l’envoi', column: 'État' },
  },
};
