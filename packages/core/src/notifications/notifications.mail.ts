import { notificationKindLabels } from '@vigil/contracts';
import { isNotificationKind } from './notifications.mappers';

/** One plain-text email. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

interface Recipient {
  email: string;
  displayName: string;
}

interface MailNotice {
  kind: string;
  title: string;
  body: string;
  link: string | null;
}

const subjectMaxLength = 300;
/** The most notifications a digest lists; the rest are counted and left to the inbox. */
export const digestMaxItems = 50;

/** The email for one notification, sent to people who do not take the daily digest. */
export function noticeMail(
  recipient: Recipient,
  notice: MailNotice,
  publicUrl: string | null,
): MailMessage {
  const lines = [`Hello ${recipient.displayName},`, '', notice.body];
  if (notice.link) lines.push('', `Open in Vigil: ${absoluteLink(notice.link, publicUrl)}`);
  lines.push(
    '',
    '-- ',
    'You get this email because notification email is on in your Vigil preferences:',
    absoluteLink('/inbox', publicUrl),
  );
  return {
    to: recipient.email,
    subject: clip(`[Vigil] ${notice.title}`),
    text: lines.join('\n'),
  };
}

/** The daily digest: the unread notifications since the last one, oldest first, in one email. */
export function digestMail(
  recipient: Recipient,
  notices: readonly MailNotice[],
  options: { publicUrl: string | null; digestHourUtc: number },
): MailMessage {
  const count = notices.length;
  const noun = count === 1 ? 'notification' : 'notifications';
  const lines = [
    `Hello ${recipient.displayName},`,
    '',
    `You have ${count} unread ${noun} since your last digest.`,
  ];
  notices.slice(0, digestMaxItems).forEach((notice, index) => {
    lines.push('', `${index + 1}. ${notice.title} (${kindLabel(notice.kind)})`);
    lines.push(...notice.body.split('\n').map((line) => `   ${line}`));
    if (notice.link) lines.push(`   ${absoluteLink(notice.link, options.publicUrl)}`);
  });
  if (count > digestMaxItems) lines.push('', `… and ${count - digestMaxItems} more in your inbox.`);
  const hour = String(options.digestHourUtc).padStart(2, '0');
  lines.push(
    '',
    `Your inbox: ${absoluteLink('/inbox', options.publicUrl)}`,
    '',
    '-- ',
    `You get this digest once a day at ${hour}:00 UTC because you chose it in your Vigil preferences.`,
  );
  return {
    to: recipient.email,
    subject: clip(`[Vigil] Daily digest: ${count} unread ${noun}`),
    text: lines.join('\n'),
  };
}

/** A web-app path as a full address when the public address is known; the path otherwise. */
export function absoluteLink(link: string, publicUrl: string | null): string {
  if (/^https?:\/\//.test(link) || !publicUrl) return link;
  return `${publicUrl}${link.startsWith('/') ? '' : '/'}${link}`;
}

function kindLabel(kind: string): string {
  return isNotificationKind(kind) ? notificationKindLabels[kind] : kind.replace(/_/g, ' ');
}

// Subjects are one header line: no line breaks, bounded length.
function clip(subject: string): string {
  const flat = subject.replace(/\s+/g, ' ').trim();
  return flat.length <= subjectMaxLength ? flat : `${flat.slice(0, subjectMaxLength - 1)}…`;
}
