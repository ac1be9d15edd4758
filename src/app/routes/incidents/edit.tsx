import { useParams } from 'react-router';
import { EditIncident } from '@/features/incidents/edit-incident';

export { makeLoader } from './detail';

export function Component() {
  const { incidentId = '' } = useParams();
  return <EditIncident key={incidentId} id={incidentId} />;
}
