import type { FollowUpRecord } from './interaction';

/** One interview, as a row of the journal's spreadsheet. */
export interface InterviewRow {
  interactionId: string;
  contactUrl: string;
  at: number;
  name: string;
  role: string;
  company: string;
  advice: string[];
  nextSteps: { title: string; status: FollowUpRecord['status'] }[];
}
