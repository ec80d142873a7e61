import { bundledLookup, type Diagnosis } from '../../../shared/diagnoses/diagnosis-contract';
import { DIAGNOSES } from './banks/practice-phrases';
import type { DemoPerson } from './demo-person';
import { request, type DemoServices } from './demo-services';

/**
 * A client's diagnoses as a clinician records them: each concern of the person's story given its
 * code at assessment, provisionally; the main one confirmed after the third attended session; an
 * adjustment disorder or burn-out resolved when therapy ends. So the history shows provisional →
 * confirmed, and some clients one resolved.
 */
export class DiagnosisWriter {
  private ids: string[] = [];

  constructor(
    private readonly services: DemoServices,
    private readonly clientId: string,
    private readonly person: DemoPerson,
  ) {}

  assess(day: string): void {
    const codes = this.person.themes.flatMap((theme) =>
      DIAGNOSES[theme.key] ? [DIAGNOSES[theme.key]!] : [],
    );
    codes.forEach((code, index) => {
      const official = bundledLookup.find(code);
      if (!official) throw new Error(`The demo's diagnosis ${code} is not in the bundled table.`);
      const list = this.services.diagnoses.add(
        request('diagnoses:add', {
          clientId: this.clientId,
          diagnosis: {
            system: 'icd10cm',
            code: official.code,
            title: official.title,
            rank: index === 0 ? 'primary' : 'secondary',
            status: 'provisional',
            madeOn: day,
            resolvedOn: null,
            madeBy: '',
            note: '',
          },
        }),
      );
      this.ids.push(list.find((d) => d.code === official.code)!.id);
    });
  }

  confirmMain(): void {
    const main = this.current().find((d) => d.rank === 'primary' && d.status === 'provisional');
    if (main) this.change(main, { status: 'confirmed' });
  }

  /** At the end of therapy, what the work resolved: an adjustment disorder, burn-out. */
  resolveAtEnd(day: string): void {
    for (const d of this.current()) {
      if (d.code.startsWith('F43.2') || d.code === 'Z73.0') {
        this.change(d, { status: 'resolved', resolvedOn: day, note: 'Resolved by the end of therapy.' });
      }
    }
  }

  private current(): Diagnosis[] {
    return this.services.diagnoses
      .list(this.clientId)
      .filter((d) => this.ids.includes(d.id) && (d.status === 'provisional' || d.status === 'confirmed'));
  }

  private change(d: Diagnosis, fields: Partial<Pick<Diagnosis, 'status' | 'resolvedOn' | 'note'>>): void {
    const { id, clientId: _c, history: _h, ...stored } = d;
    this.services.diagnoses.update(request('diagnoses:update', { id, diagnosis: { ...stored, ...fields } }));
  }
}
