import { CULTURAL_GROUP_TITLES } from '../../../../shared/summary/summary-sections';
import type { CulturalBlock } from '../../../../shared/summary/summary-document';
import { PassageList } from './PassageList';
import { UserText } from '../../ui/UserText';

export function CulturalSection({ cultural, preview }: { cultural: CulturalBlock; preview: boolean }) {
  const empty = cultural.addressing.length + cultural.formulation.length + cultural.context.length === 0;
  return (
    <>
      {empty && <p className="summary__empty">Nothing recorded for the domains chosen.</p>}
      {cultural.addressing.length > 0 && (
        <div className="summary__group">
          <h3>{CULTURAL_GROUP_TITLES.addressing}</h3>
          <table className="summary__table summary__table--domains">
            <thead>
              <tr>
                <th scope="col">Domain</th>
                <th scope="col">In the client’s words</th>
              </tr>
            </thead>
            <tbody>
              {cultural.addressing.map((entry) => (
                <tr key={entry.key}>
                  <th scope="row">
                    {entry.title}
                    {entry.relevant && <span className="summary__tag">Relevant to why they came</span>}
                  </th>
                  <td>
                    {entry.preferNotToSay ? <em>Prefers not to say</em> : <UserText text={entry.text} />}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cultural.formulation.map((domain) => (
        <div className="summary__group" key={domain.key}>
          <h3>{domain.title}</h3>
          <PassageList passages={domain.answers} level={4} />
        </div>
      ))}
      {cultural.context.length > 0 && (
        <div className="summary__group">
          <h3>{CULTURAL_GROUP_TITLES.context}</h3>
          <PassageList passages={cultural.context} level={4} />
        </div>
      )}
      {preview && cultural.leftOut.length > 0 && (
        <p className="summary__left-out-note">Domains left out: {cultural.leftOut.join(', ')}.</p>
      )}
    </>
  );
}
