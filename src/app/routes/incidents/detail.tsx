import { useLocation, useParams } from 'react-router';
import { IncidentDetail } from '@/features/incidents/incident-detail';
import { listViewToReturnTo } from '@/features/tickets/list-memory';
import { useCurrentUser } from '../../session';

export function Component() {
  const { incidentId = '' } = useParams();
  const location = useLocation();
  const user = useCurrentUser();
  const from = (location.state as { from?: unknown } | null)?.from;
  return (
    <IncidentDetail
      key={incidentId}
      id={incidentId}
      user={user}
      backTo={listViewToReturnTo('incidents', user.userName, from)}
    />
  );
}
