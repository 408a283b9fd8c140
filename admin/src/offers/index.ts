import { OfferList } from './OfferList';
import { OfferShow } from './OfferShow';
import { EnrolmentList } from './EnrolmentList';
import { OfferReportList } from './OfferReportList';

export const offers = { list: OfferList, show: OfferShow };
export const enrolments = { list: EnrolmentList };
export const offerReports = { list: OfferReportList };
