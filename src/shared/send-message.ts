import type { MessageData, MessageResult, MessageType, Reply } from './protocol';

export type Transport = (message: unknown) => Promise<unknown>;
export type SendMessage = <T extends MessageType>(type: T, data: MessageData<T>) => Promise<MessageResult<T>>;

/**
 * A typed sender over any transport (runtime.sendMessage in the extension, a direct call in tests).
 * An error reply becomes a rejected promise, so a failed save can never look like a successful one.
 */
export function createSender(transport: Transport): SendMessage {
  return async (type, data) => {
    const reply = (await transport({ type, data })) as Reply<never> | undefined;
    if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
      throw new Error(`No reply from Rapport's background for ${type}`);
    }
    if (!reply.ok) throw new Error(reply.error);
    return reply.result;
  };
}
