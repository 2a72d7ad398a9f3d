import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { IntakeMessageDto } from '@vigil/contracts';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../../lib/format';

/** The conversation between the submitter and the AI office, oldest first. */
export function IntakeThread({
  messages,
  emptyText,
  children,
}: {
  messages: readonly IntakeMessageDto[];
  emptyText: string;
  children?: ReactNode;
}) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="intake-thread">
      <Title id="intake-thread" order={2} size="h4" mb="md">
        Conversation
      </Title>
      {messages.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {messages.map((m) => (
            <Paper
              key={m.id}
              component="li"
              p="sm"
              radius="md"
              bg={m.fromOffice ? 'var(--mantine-color-blue-light)' : 'var(--mantine-color-gray-1)'}
              ml={m.fromOffice ? 0 : 'xl'}
              mr={m.fromOffice ? 'xl' : 0}
            >
              <Group gap="xs" mb={4} wrap="wrap">
                <Text size="sm" fw={700} component="span">
                  {m.authorLabel}
                </Text>
                {m.fromOffice ? (
                  <Badge size="xs" variant="light" component="span">
                    AI office
                  </Badge>
                ) : null}
                {m.isQuestion ? (
                  <Badge size="xs" color="orange" variant="light" component="span">
                    Question
                  </Badge>
                ) : null}
                <Text size="xs" c="dimmed" component="span">
                  {formatDateTime(m.createdAt)}
                </Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {m.body}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      {children}
    </Paper>
  );
}
