// « Alertes » (R1): the list of alerts, and each alert's own list at /alerts/<name>.
import { Route } from 'react-router-dom';
import { AlertList } from './AlertList';
import { AlertRowsPage } from './AlertRowsPage';

export default {
  list: AlertList,
  children: <Route path=":name" element={<AlertRowsPage />} />,
};
