/** One plain-text message. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends mail: over SMTP when the site has a mail server configured,
 * otherwise into the outbox folder as .eml files a person can open.
 */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** Where mail goes, for start-up logs: `SMTP at host:port` or the outbox folder. */
  readonly description: string;
}
