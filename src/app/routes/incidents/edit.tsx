import { useParams } from 'react-router';
import { EditIncident } from '@/features/incidents/edit-incident';

import { useCurrentUser } from '../../session';

export function Component() {
  const { incidentId = '' } = useParams();
  return <EditIncident key={incidentId} id={incidentId} userName={useCurrentUser().userName} />;
}
