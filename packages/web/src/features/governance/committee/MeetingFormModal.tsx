import { Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  type MeetingDto,
  meetingCreateInput,
  meetingLimits,
  meetingTimesProblem,
} from '@vigil/contracts';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../../api/ApiError';
import { useScheduleMeeting, useUpdateMeeting } from '../../../api/useGovernanceCommittee';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { fromLocalInput, nextThursdayAt, toLocalInput } from './meetingTime';

interface Values {
  title: string;
  startsAt: string;
  endsAt: string;
  location: string;
  quorum: string | number;
}

function initialValues(meeting: MeetingDto | undefined): Values {
  if (meeting)
    return {
      title: meeting.title,
      startsAt: toLocalInput(meeting.startsAt),
      endsAt: toLocalInput(meeting.endsAt),
      location: meeting.location,
      quorum: meeting.quorum.required,
    };
  const start = nextThursdayAt(new Date(), 16);
  return {
    title: 'AI governance committee',
    startsAt: toLocalInput(start.toISOString()),
    endsAt: toLocalInput(new Date(start.getTime() + 90 * 60_000).toISOString()),
    location: '',
    quorum: '',
  };
}

/** The field errors of the values, checked with the contract's rules. */
function check(values: Values): Record<string, string> {
  const body = {
    title: values.title,
    startsAt: fromLocalInput(values.startsAt),
    endsAt: fromLocalInput(values.endsAt),
    location: values.location,
    ...(values.quorum === '' ? {} : { quorum: Number(values.quorum) }),
  };
  const errors: Record<string, string> = {};
  if (!body.startsAt) errors.startsAt = 'Choose when the meeting starts';
  if (!body.endsAt) errors.endsAt = 'Choose when it ends';
  if (body.startsAt && body.endsAt) {
    const problem = meetingTimesProblem(body.startsAt, body.endsAt);
    if (problem) errors.endsAt = `The end ${problem}`;
  }
  const parsed = meetingCreateInput.safeParse(body);
  if (!parsed.success)
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}

interface MeetingFormModalProps {
  isOpen: boolean;
  onClose: () => void;
  /** The meeting to change; without it the form schedules a new one. */
  meeting?: MeetingDto;
  onSaved?: (meeting: MeetingDto) => void;
}

/** Schedules a committee meeting, or changes the time, place, title or quorum of one. */
export function MeetingFormModal({ isOpen, onClose, meeting, onSaved }: MeetingFormModalProps) {
  const [values, setValues] = useState<Values>(() => initialValues(meeting));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const schedule = useScheduleMeeting();
  const update = useUpdateMeeting(meeting?.id ?? '');
  const mutation = meeting ? update : schedule;

  const set = (field: keyof Values) => (value: string | number) =>
    setValues((v) => ({ ...v, [field]: value }));
  const handleClose = () => {
    setErrors({});
    mutation.reset();
    onClose();
  };
  const handleSaved = (saved: MeetingDto) => {
    notifications.show({
      color: 'green',
      message: meeting
        ? 'The meeting was changed; the committee is told of a new time or place.'
        : 'The meeting is scheduled and the committee members are notified.',
    });
    setErrors({});
    onSaved?.(saved);
    onClose();
  };
  const handleError = (error: Error) => {
    if (isApiError(error)) setErrors(error.fieldErrorMap());
  };
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = check(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const body = {
      title: values.title.trim(),
      startsAt: fromLocalInput(values.startsAt),
      endsAt: fromLocalInput(values.endsAt),
      location: values.location.trim(),
      ...(values.quorum === '' ? {} : { quorum: Number(values.quorum) }),
    };
    if (meeting)
      update.mutate(
        { ...body, expectedVersion: meeting.version },
        { onSuccess: handleSaved, onError: handleError },
      );
    else schedule.mutate(body, { onSuccess: handleSaved, onError: handleError });
  };

  return (
    <Modal
      opened={isOpen}
      onClose={handleClose}
      title={meeting ? 'Change the meeting' : 'Schedule a committee meeting'}
      size="lg"
      centered
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          {mutation.isError && !isApiError(mutation.error, 'validation_failed') ? (
            <ErrorAlert error={mutation.error} title="The meeting was not saved" />
          ) : null}
          <TextInput
            label="Title"
            required
            maxLength={meetingLimits.titleMaxLength}
            value={values.title}
            onChange={(e) => set('title')(e.currentTarget.value)}
            error={errors.title}
          />
          <Group grow align="flex-start">
            <TextInput
              label="Starts"
              type="datetime-local"
              required
              value={values.startsAt}
              onChange={(e) => set('startsAt')(e.currentTarget.value)}
              error={errors.startsAt}
            />
            <TextInput
              label="Ends"
              type="datetime-local"
              required
              value={values.endsAt}
              onChange={(e) => set('endsAt')(e.currentTarget.value)}
              error={errors.endsAt}
            />
          </Group>
          <TextInput
            label="Location"
            description="A room, a video link or both"
            required
            maxLength={meetingLimits.locationMaxLength}
            value={values.location}
            onChange={(e) => set('location')(e.currentTarget.value)}
            error={errors.location}
          />
          <NumberInput
            label="Quorum"
            description="Members present needed to decide; leave empty for a majority of the committee"
            min={1}
            max={meetingLimits.quorumMax}
            allowDecimal={false}
            value={values.quorum}
            onChange={set('quorum')}
            error={errors.quorum}
            maw={260}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={handleClose}>
              Cancel
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {meeting ? 'Save changes' : 'Schedule meeting'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
