/** Where a rule comes from: a guideline file in the seeds and its section. */
export interface Source {
  /** Guideline file name, e.g. `002_dc7329ca36e415db.txt`, or a law. */
  readonly guideline: string;
  /** Section heading or paragraph in that guideline, e.g. "Förtroende". */
  readonly section: string;
  /** Human label for the guideline, e.g. "Vaxholms stad, riktlinje för service och bemötande". */
  readonly label: string;
}
