import { useTxFlow, type TxFlowState } from '@/hooks/chain/use-tx-flow'
import type { ServingKind } from '@/chain/ledger/service-name-query'
import { useInferenceServiceName } from './use-inference-service-name'

/**
 * The transaction flow for the ledger writes that name a service (inference by default) (`transferFund`,
 * `retrieveFund`): `withServiceName(label, send)` reads the service name from chain
 * (useInferenceServiceName) and calls `send(name)`; when that read fails, the action `label` fails
 * with its error and nothing is sent. Like `run`, it never throws and resolves with the final state.
 */
export function useServiceNameTxFlow(kind: ServingKind = 'inference') {
  const flow = useTxFlow()
  const serviceName = useInferenceServiceName(kind)
  const withServiceName = async (
    label: string,
    send: (serviceName: string) => Promise<TxFlowState>,
  ): Promise<TxFlowState> => {
    let name: string
    try {
      name = await serviceName.resolve()
    } catch (error) {
      return flow.fail(label, error)
    }
    return send(name)
  }
  return { ...flow, withServiceName }
}
