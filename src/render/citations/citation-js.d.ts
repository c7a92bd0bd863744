/**
 * The small part of citation-js this project calls. The packages ship no
 * type declarations; these describe the API of @citation-js/core 0.8.
 */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibliography', options: { template: string; format: 'text' | 'html'; lang?: string; asEntryArray?: boolean }): unknown;
    format(format: 'bibtex' | 'biblatex', options?: { format?: 'text' }): string;
    format(format: 'ris', options: { format: 'object' }): Record<string, string | string[]>[];
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): { styles: { add(name: string, xml: string): void; has(name: string): boolean } };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
