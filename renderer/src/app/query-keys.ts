/** Every query key in one place, so invalidation after a change cannot miss a spelling. */
export const queryKeys = {
  vaultStatus: ['vault', 'status'],
  settings: ['settings'],
  clients: ['clients'],
} as const;
