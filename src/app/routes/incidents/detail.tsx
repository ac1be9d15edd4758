import { useLocation, useParams } from 'react-router';
import { paths } from '@/config/paths';
import { IncidentDetail } from '@/features/incidents/incident-detail';
import { useCurrentUser } from '../../session';

export function Component() {
  const { incidentId = '' } = useParams();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return (
    <IncidentDetail
      key={incidentId}
      id={incidentId}
      user={useCurrentUser()}
      backTo={from?.startsWith(paths.incidents.list) ? from : paths.incidents.list}
    />
  );
}
