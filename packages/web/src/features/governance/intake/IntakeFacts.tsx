import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import {
  aiSystemSourceLabels,
  type IntakeDto,
  intakeAutonomyLabels,
  intakeKindLabels,
} from '@vigil/contracts';
import type { ReactNode } from 'react';

function Fact({ term, wide, children }: { term: string; wide?: boolean; children: ReactNode }) {
  return (
    <div style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Text component="dt" size="sm" fw={700}>
        {term}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </div>
  );
}

/** Everything the submitter said, as a description list. */
export function IntakeFacts({ intake, heading }: { intake: IntakeDto; heading: string }) {
  const source =
    intake.source === 'vendor' && intake.vendorName
      ? `${aiSystemSourceLabels.vendor}: ${intake.vendorName}`
      : aiSystemSourceLabels[intake.source];
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="intake-facts">
      <Title id="intake-facts" order={2} size="h4" mb="md">
        {heading}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0}>
        <Fact term="Kind">{intakeKindLabels[intake.kind]}</Fact>
        <Fact term="Department">{intake.department}</Fact>
        <Fact term="Who makes it">{source}</Fact>
        <Fact term="Patients see it or talk to it">{intake.patientFacing ? 'Yes' : 'No'}</Fact>
        <Fact term="The problem it solves" wide>
          {intake.problem}
        </Fact>
        <Fact term="How it is (or would be) used" wide>
          {intake.intendedUse}
        </Fact>
        <Fact term="Information it uses" wide>
          {intake.dataUsed}
        </Fact>
        <Fact term="Who it affects" wide>
          {intake.affectedPeople}
        </Fact>
        <Fact term="What it does with its output" wide>
          {intakeAutonomyLabels[intake.autonomy]}
        </Fact>
      </SimpleGrid>
    </Paper>
  );
}
