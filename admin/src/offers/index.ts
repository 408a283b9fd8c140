import { OfferList } from './OfferList';
import { OfferShow } from './OfferShow';
import { EnrolmentList } from './EnrolmentList';
import { OfferReportList } from './OfferReportList';
import { EventList, EventShow } from './EventList';

export const offers = { list: OfferList, show: OfferShow };
export const enrolments = { list: EnrolmentList };
export const offerReports = { list: OfferReportList };
export const events = { list: EventList, show: EventShow };
