import { useParams } from 'react-router'
import { ServiceDetail } from '@/components/services/service-detail'

/** `/services/:provider`: one service's page. */
export function ServiceDetailPage() {
  const { provider = '' } = useParams()
  return <ServiceDetail provider={provider} />
}
