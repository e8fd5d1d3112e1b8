// The output formats, owned by the renderers; the CLI offers them as `--format` choices.
//   newsq entities --format markdown story.txt
export const FORMATS = ['table', 'tsv', 'csv', 'json', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];
