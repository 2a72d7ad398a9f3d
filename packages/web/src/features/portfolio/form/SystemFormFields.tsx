import { Fieldset, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { portfolioLimits } from '@vigil/contracts';
import {
  categoryOptions,
  deploymentOptions,
  dsiTypeOptions,
  euAiActRiskOptions,
  fdaStatusOptions,
  imdrfOptions,
  kindOptions,
  sourceOptions,
} from '../options';
import type { SystemFormValues } from './systemFormValues';

type Form = UseFormReturnType<SystemFormValues>;

export function IdentityFields({ form }: { form: Form }) {
  return (
    <Fieldset legend="What it is">
      <Stack>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput label="Name" required {...form.getInputProps('name')} />
          <TextInput label="Developer or vendor" required {...form.getInputProps('developer')} />
          <TextInput label="Product" {...form.getInputProps('product')} />
          <TextInput label="Product version" {...form.getInputProps('productVersion')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Select label="Source" required data={sourceOptions} {...form.getInputProps('source')} />
          <Select label="Kind" required data={kindOptions} {...form.getInputProps('kind')} />
          <Select
            label="Category"
            required
            data={categoryOptions}
            {...form.getInputProps('category')}
          />
        </SimpleGrid>
        <TagsInput
          label="Tags"
          description="Press Enter after each tag"
          {...form.getInputProps('tags')}
        />
      </Stack>
    </Fieldset>
  );
}

export function UseFields({ form }: { form: Form }) {
  const max = portfolioLimits.textMaxLength;
  return (
    <Fieldset legend="How it is used">
      <Stack>
        <Textarea
          label="Intended use"
          autosize
          minRows={3}
          maxLength={max}
          {...form.getInputProps('intendedUse')}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Textarea
            label="Intended users"
            autosize
            minRows={2}
            maxLength={max}
            {...form.getInputProps('intendedUsers')}
          />
          <Textarea
            label="Patient population"
            autosize
            minRows={2}
            maxLength={max}
            {...form.getInputProps('patientPopulation')}
          />
          <TagsInput
            label="Departments"
            description="Press Enter after each"
            {...form.getInputProps('departments')}
          />
          <TagsInput
            label="Sites"
            description="Press Enter after each"
            {...form.getInputProps('sites')}
          />
          <Select
            label="Deployment"
            clearable
            placeholder="Not set"
            data={deploymentOptions}
            {...form.getInputProps('deployment')}
          />
          <TextInput label="EHR integration" {...form.getInputProps('ehrIntegration')} />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}

export function RegulatoryFields({ form }: { form: Form }) {
  return (
    <Fieldset legend="Regulatory status">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Select
          label="HTI-1 DSI type"
          data={dsiTypeOptions}
          allowDeselect={false}
          {...form.getInputProps('dsiType')}
        />
        <Select
          label="FDA status"
          data={fdaStatusOptions}
          allowDeselect={false}
          {...form.getInputProps('fdaStatus')}
        />
        <TextInput
          label="FDA clearance number"
          description="K…, DEN… or P… followed by six digits"
          {...form.getInputProps('fdaClearanceNumber')}
        />
        <Select
          label="IMDRF SaMD category"
          clearable
          placeholder="Not set"
          data={imdrfOptions}
          {...form.getInputProps('imdrfCategory')}
        />
        <Select
          label="EU AI Act risk"
          data={euAiActRiskOptions}
          allowDeselect={false}
          {...form.getInputProps('euAiActRisk')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
