import * as v from 'valibot';
import { EnvelopeSchema, MESSAGE_SCHEMAS } from '../shared/message-schemas';
import type { MessageData, MessageResult, MessageType, Reply } from '../shared/protocol';

/** What the background knows about who sent a message (a subset of runtime.MessageSender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tabId?: number;
  /** The address the sending tab shows, as the browser knows it. */
  tabUrl?: string;
}

export type Handlers = {
  [T in MessageType]: (
    data: MessageData<T>,
    sender: SenderInfo,
  ) => Promise<MessageResult<T>> | MessageResult<T>;
};

export interface SenderPolicy {
  extensionId: string;
  /** Origin of Rapport's own pages, e.g. chrome-extension://<id>/ */
  extensionOrigin: string;
  /** Pages whose content script may send capture messages. */
  isCapturePage: (url: string) => boolean;
}

/** Whether this sender may send this message: capture messages only from profile tabs, ui messages only from Rapport's pages. */
export function senderAllowed(type: MessageType, sender: SenderInfo, policy: SenderPolicy): boolean {
  if (sender.id !== policy.extensionId || !sender.url) return false;
  if (type.startsWith('capture:')) return sender.tabId !== undefined && policy.isCapturePage(sender.url);
  return sender.url.startsWith(policy.extensionOrigin);
}

/**
 * Validates a raw message and runs its handler. Anything unknown, malformed or from the wrong sender
 * gets an error reply before any handler runs, so it writes nothing.
 */
export function createRouter(handlers: Handlers, policy: SenderPolicy) {
  return async (raw: unknown, sender: SenderInfo): Promise<Reply<unknown>> => {
    const envelope = v.safeParse(EnvelopeSchema, raw);
    if (!envelope.success) return { ok: false, error: 'Unknown or malformed message' };
    const type = envelope.output.type;
    if (!senderAllowed(type, sender, policy)) return { ok: false, error: `Sender may not send ${type}` };
    const data = v.safeParse(MESSAGE_SCHEMAS[type], envelope.output.data);
    if (!data.success) {
      const issue = data.issues[0];
      const where = issue ? v.getDotPath(issue) : undefined;
      return {
        ok: false,
        error: `Invalid ${type}${where ? ` at ${where}` : ''}: ${issue?.message ?? 'bad data'}`,
      };
    }
    try {
      const handler = handlers[type] as (d: unknown, s: SenderInfo) => unknown;
      return { ok: true, result: await handler(data.output, sender) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
