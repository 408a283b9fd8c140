import cerDashboard from './cer-dashboard';
import cerObjectives from './cer-objectives';
import cerReports from './cer-reports';
import cerSignatures from './cer-signatures';
import cerTemplates from './cer-templates';
import cers from './cers';

export default { cers, 'cer-dashboard': cerDashboard, 'cer-objectives': cerObjectives, 'cer-signatures': cerSignatures, 'cer-reports': cerReports, 'cer-templates': cerTemplates };
