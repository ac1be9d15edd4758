import { useParams } from 'react-router';
import { isCaseOrOrderNumber } from '@/api/cases/numbers';
import { CaseDetail } from '@/features/cases/case-detail';
import { CaseNotFound } from '@/features/cases/case-not-found';
import { useCurrentUser } from '../../session';

export function Component() {
  const { caseNumber = '' } = useParams();
  const user = useCurrentUser();
  return <CaseRoute key={caseNumber} caseNumber={caseNumber} user={user} />;
}

function CaseRoute({
  caseNumber,
  user,
}: {
  caseNumber: string;
  user: ReturnType<typeof useCurrentUser>;
}) {
  // Not of a case or order number's length: said so at once, without asking the API.
  if (!isCaseOrOrderNumber(caseNumber)) return <CaseNotFound number={caseNumber} malformed />;
  return <CaseDetail id={caseNumber} user={user} notFound={<CaseNotFound number={caseNumber} />} />;
}
