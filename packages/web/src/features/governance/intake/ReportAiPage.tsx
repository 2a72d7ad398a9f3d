import {
  Anchor,
  Autocomplete,
  Button,
  FileInput,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPaperclip, IconSend } from '@tabler/icons-react';
import {
  aiSystemSources,
  documentAccept,
  documentKindOf,
  intakeAutonomies,
  intakeAutonomyLabels,
  intakeKinds,
  intakeLimits,
  systemDocumentLimits,
} from '@vigil/contracts';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../../api/ApiError';
import { useSubmitIntake } from '../../../api/useGovernanceIntake';
import { usePortfolioFacets } from '../../../api/usePortfolio';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { base64Of } from '../../portfolio/importer/fileData';
import { plainKindLabels, plainSourceLabels } from './intakeLabels';
import { emptyReport, type ReportFormValues, toReportBody, validateReport } from './reportForm';

const maxMegabytes = systemDocumentLimits.fileMaxBytes / 1024 / 1024;
const longText = intakeLimits.textMaxLength;

/** "Report or propose AI": a short form in plain words for anyone on staff. */
export function ReportAiPage() {
  const navigate = useNavigate();
  const submit = useSubmitIntake();
  const facets = usePortfolioFacets();
  const [files, setFiles] = useState<File[]>([]);
  const [filesError, setFilesError] = useState<string | null>(null);
  const form = useForm<ReportFormValues>({ initialValues: emptyReport, validate: validateReport });
  const departments = facets.data?.departments.map((d) => d.value) ?? [];

  const handleFiles = (chosen: File[]) => {
    setFilesError(null);
    if (chosen.length > intakeLimits.documentsAtSubmitMax)
      return setFilesError(`Attach at most ${intakeLimits.documentsAtSubmitMax} files here.`);
    const wrong = chosen.find((f) => !documentKindOf(f.name));
    if (wrong) return setFilesError(`${wrong.name} is not a file type we accept.`);
    const large = chosen.find((f) => f.size > systemDocumentLimits.fileMaxBytes);
    if (large) return setFilesError(`${large.name} is larger than ${maxMegabytes} MB.`);
    setFiles(chosen);
  };

  const handleSubmit = form.onSubmit(async (values) => {
    const documents = await Promise.all(
      files.map(async (f) => ({ filename: f.name, contentBase64: await base64Of(f) })),
    );
    submit.mutate(toReportBody(values, documents), {
      onSuccess: (intake) => {
        notifications.show({
          color: 'green',
          message: `Thank you, it reached the AI office. Your reference is ${intake.reference}; follow it here or under My submissions.`,
        });
        void navigate(`/governance/submissions/${intake.id}`);
      },
      onError: (error) => {
        if (isApiError(error)) form.setErrors(error.fieldErrorMap());
      },
    });
  });

  return (
    <>
      <PageHeader
        title="Report or propose AI"
        description="Tell the AI office about an AI tool you would like to use, or one that is already being used. Plain words are fine; a few sentences per question is enough. The office may ask you questions, and you can follow what happens."
        actions={
          <Anchor component={Link} to="/governance/submissions">
            My submissions
          </Anchor>
        }
      />
      <Paper withBorder p="lg" maw={760}>
        <form onSubmit={handleSubmit} noValidate aria-label="Report or propose AI">
          <Stack gap="lg">
            <Radio.Group
              label="Is this a new idea, or already in use?"
              required
              {...form.getInputProps('kind')}
            >
              <Group mt="xs">
                {intakeKinds.map((k) => (
                  <Radio key={k} value={k} label={plainKindLabels[k]} />
                ))}
              </Group>
            </Radio.Group>
            <TextInput
              label="What is it called?"
              description="A product name, or a few words such as “note-taking app on 4 West”"
              required
              maxLength={intakeLimits.titleMaxLength}
              {...form.getInputProps('title')}
            />
            <Textarea
              label="What problem does it solve?"
              required
              autosize
              minRows={2}
              maxLength={longText}
              {...form.getInputProps('problem')}
            />
            <Textarea
              label="How is it used, or how would it be used?"
              description="Who uses it, when, and what they do with what it gives them"
              required
              autosize
              minRows={2}
              maxLength={longText}
              {...form.getInputProps('intendedUse')}
            />
            <Autocomplete
              label="Your department"
              required
              data={departments}
              maxLength={intakeLimits.departmentMaxLength}
              {...form.getInputProps('department')}
            />
            <Radio.Group label="Who makes it?" required {...form.getInputProps('source')}>
              <Stack gap="xs" mt="xs">
                {aiSystemSources.map((s) => (
                  <Radio key={s} value={s} label={plainSourceLabels[s]} />
                ))}
              </Stack>
            </Radio.Group>
            {form.values.source === 'vendor' ? (
              <TextInput
                label="Company name"
                required
                maxLength={intakeLimits.vendorNameMaxLength}
                {...form.getInputProps('vendorName')}
              />
            ) : null}
            <Textarea
              label="What information does it use?"
              description="For example: what is said in the room, lab results, patient names"
              required
              autosize
              minRows={2}
              maxLength={longText}
              {...form.getInputProps('dataUsed')}
            />
            <Textarea
              label="Who does it affect?"
              description="Patients, families, staff: who and roughly how many"
              required
              autosize
              minRows={2}
              maxLength={longText}
              {...form.getInputProps('affectedPeople')}
            />
            <Radio.Group
              label="Do patients see it or talk to it directly?"
              required
              {...form.getInputProps('patientFacing')}
            >
              <Group mt="xs">
                <Radio value="yes" label="Yes" />
                <Radio value="no" label="No" />
              </Group>
            </Radio.Group>
            <Radio.Group
              label="What does it do with what it produces?"
              required
              {...form.getInputProps('autonomy')}
            >
              <Stack gap="xs" mt="xs">
                {intakeAutonomies.map((a) => (
                  <Radio key={a} value={a} label={intakeAutonomyLabels[a]} />
                ))}
              </Stack>
            </Radio.Group>
            <FileInput
              label="Files (optional)"
              description={`Up to ${intakeLimits.documentsAtSubmitMax} files, such as a flyer, a screenshot or an email from the vendor; at most ${maxMegabytes} MB each`}
              multiple
              clearable
              accept={documentAccept}
              value={files}
              onChange={handleFiles}
              leftSection={<IconPaperclip size={16} aria-hidden />}
              error={filesError}
            />
            {submit.isError && !isApiError(submit.error, 'validation_failed') ? (
              <ErrorAlert error={submit.error} title="Your report was not sent" />
            ) : null}
            {submit.isError && isApiError(submit.error, 'validation_failed') ? (
              <Text c="red" size="sm" role="alert">
                Some answers need another look: {submit.error.message}
              </Text>
            ) : null}
            <Group>
              <Button
                type="submit"
                leftSection={<IconSend size={16} aria-hidden />}
                loading={submit.isPending}
              >
                Send to the AI office
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
