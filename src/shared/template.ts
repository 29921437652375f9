export const TEMPLATE_KINDS = [
  'outreach',
  'connection-note',
  'linkedin-message',
  'thank-you',
  'keep-posted',
  'check-in',
  'custom',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export interface Template {
  id: string;
  name: string;
  kind: TemplateKind;
  subject: string;
  body: string;
  /** Shipped with Rapport; may be edited, and reset to the shipped text. */
  builtIn: boolean;
  updatedAt: number;
}
