import cerAccess from './cer-access';
import cerDashboard from './cer-dashboard';
import cerDocuments from './cer-documents';
import cerObjectives from './cer-objectives';
import cerReports from './cer-reports';
import cerSignatures from './cer-signatures';
import cerTemplates from './cer-templates';
import cerTransitions from './cer-transitions';
import cers from './cers';
import sms from './sms';

export default {
  'cer-access': cerAccess,
  'cer-dashboard': cerDashboard,
  'cer-documents': cerDocuments,
  'cer-objectives': cerObjectives,
  'cer-reports': cerReports,
  'cer-signatures': cerSignatures,
  'cer-templates': cerTemplates,
  'cer-transitions': cerTransitions,
  cers,
  sms,
};
