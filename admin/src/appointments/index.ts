import { AppointmentList } from './AppointmentList';
import { AppointmentShow } from './AppointmentShow';
import type { Appointment } from './appointment.type';

export default {
  list: AppointmentList,
  show: AppointmentShow,
  recordRepresentation: (record: Appointment) => `Rendez-vous du ${record.start.slice(8, 10)}/${record.start.slice(5, 7)}/${record.start.slice(0, 4)}`,
};
