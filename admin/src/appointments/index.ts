import { AppointmentList } from './AppointmentList';
import { AppointmentShow } from './AppointmentShow';
import type { Appointment } from './appointment.type';
import { formatDate } from '@rsa/vocabulary';

export default {
  list: AppointmentList,
  show: AppointmentShow,
  recordRepresentation: (record: Appointment) => `Rendez-vous du ${formatDate(record.start.slice(0, 10))}`,
};
