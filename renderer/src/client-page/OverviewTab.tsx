import { OVERVIEW_CARDS } from './overview-cards';

/** A client at a glance: each feature's card, in the order overview-cards.tsx lists them. */
export function OverviewTab({ clientId }: { clientId: string }) {
  return (
    <div className="overview-grid">
      {OVERVIEW_CARDS.map(({ id, Component }) => (
        <Component key={id} clientId={clientId} />
      ))}
    </div>
  );
}
