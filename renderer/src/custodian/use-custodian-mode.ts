import { useVaultStatus } from '../vault/vault-queries';

/**
 * Whether the open vault is the records custodian's read-only session. The one question every
 * screen asks before offering to change anything: the main side refuses such changes anyway.
 */
export function useCustodianMode(): boolean {
  return useVaultStatus().data?.custodian === true;
}
