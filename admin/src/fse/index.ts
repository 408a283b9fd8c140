import { CompletenessList } from './CompletenessList';
import { ConflictList } from './ConflictList';
import { ConventionList } from './ConventionList';
import { ConventionShow } from './ConventionShow';
import { OperationCreate, OperationEdit, OperationList } from './OperationList';

export const fseOperations = { list: OperationList, create: OperationCreate, edit: OperationEdit };
export const fseConventions = { list: ConventionList, show: ConventionShow };
export const fseCompleteness = { list: CompletenessList };
export const fseConflicts = { list: ConflictList };
