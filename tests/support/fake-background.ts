import type { MessageData, MessageResult, MessageType } from '../../src/shared/protocol';
import type { SendMessage } from '../../src/shared/send-message';

/**
 * A page test's stand-in for the background, typed by the protocol: each handler takes its message's
 * data and must return its message's result, so a protocol change breaks the fake at typecheck
 * instead of leaving the test passing against a background that no longer exists.
 */
export type FakeHandlers = {
  [T in MessageType]?: (data: MessageData<T>) => MessageResult<T> | Promise<MessageResult<T>>;
};

/** Routes the mocked `send` of src/ui/messages to `handlers()`; a message with no handler fails the test. */
export function fakeBackground(
  sendMock: { mockImplementation: (send: SendMessage) => unknown },
  handlers: () => FakeHandlers,
): void {
  const send = async (type: MessageType, data: unknown) => {
    const handler = handlers()[type] as ((d: unknown) => unknown) | undefined;
    if (!handler) throw new Error(`unexpected ${type}`);
    return handler(data);
  };
  sendMock.mockImplementation(send as SendMessage);
}
