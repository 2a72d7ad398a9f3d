import { Accordion, DataList, Text } from '@mantine/core';
import { chaiFields, hti1Attributes, type ModelCard } from '@vigil/contracts';
import { sectionLabel, textOf, valueAtPath } from './cardText';

const textFields = chaiFields.filter((field) => field.kind === 'text' || field.kind === 'list');
const sections = [...new Set(textFields.map((field) => field.section))];

/** Card text is Markdown kept as written: shown whitespace-preserved, never parsed into HTML. */
function CardText({ text }: { text: string }) {
  if (!text) {
    return (
      <Text span size="sm" c="dimmed">
        Not provided
      </Text>
    );
  }
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  );
}

/** Every text section of the card, then the HTI-1 entries the CHAI schema has no element for. */
export function CardSections({ card }: { card: ModelCard }) {
  const hti1Entries = hti1Attributes.filter((attribute) => textOf(card.hti1[attribute.key]) !== '');
  return (
    <Accordion
      multiple
      defaultValue={['BasicInfo', 'UsesAndDirections', 'Warnings']}
      variant="separated"
    >
      {sections.map((section) => (
        <Accordion.Item key={section} value={section}>
          <Accordion.Control>{sectionLabel(section)}</Accordion.Control>
          <Accordion.Panel>
            <DataList labelWidth={220}>
              {textFields
                .filter((field) => field.section === section)
                .map((field) => (
                  <DataList.Item key={field.key}>
                    <DataList.ItemLabel>{field.label}</DataList.ItemLabel>
                    <DataList.ItemValue>
                      <CardText text={textOf(valueAtPath(card, field.cardPath))} />
                    </DataList.ItemValue>
                  </DataList.Item>
                ))}
            </DataList>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
      <Accordion.Item value="hti1">
        <Accordion.Control>HTI-1 source attributes recorded on the card</Accordion.Control>
        <Accordion.Panel>
          {hti1Entries.length === 0 ? (
            <Text size="sm" c="dimmed">
              None recorded beyond what the CHAI fields cover.
            </Text>
          ) : (
            <DataList labelWidth={220}>
              {hti1Entries.map((attribute) => (
                <DataList.Item key={attribute.key}>
                  <DataList.ItemLabel>{attribute.label}</DataList.ItemLabel>
                  <DataList.ItemValue>
                    <CardText text={textOf(card.hti1[attribute.key])} />
                  </DataList.ItemValue>
                </DataList.Item>
              ))}
            </DataList>
          )}
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
