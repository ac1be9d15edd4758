import { useParams } from 'react-router';
import { EditIncident } from '@/features/incidents/edit-incident';

import { useCurrentUser } from '../../session';

export { makeLoader } from './detail';

export function Component() {
  const { incidentId = '' } = useParams();
  return <EditIncident key={incidentId} id={incidentId} userName={useCurrentUser().userName} />;
}
