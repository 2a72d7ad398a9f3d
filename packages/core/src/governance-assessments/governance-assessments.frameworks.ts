import {
  type FrameworkDto,
  type FrameworkGroupDto,
  type FrameworkItemDto,
  type FrameworkKey,
  type FrameworkSummaryDto,
  frameworkKeys,
} from '@vigil/contracts';
import { z } from 'zod';
import chaiLifecycleData from './frameworks/chai-lifecycle.json' with { type: 'json' };
import chaiPrinciplesData from './frameworks/chai-principles.json' with { type: 'json' };
import crosswalkData from './frameworks/crosswalk.json' with { type: 'json' };
import hti1IrmData from './frameworks/hti1-irm.json' with { type: 'json' };
import nistData from './frameworks/nist-ai-rmf.json' with { type: 'json' };
import ruaihData from './frameworks/ruaih.json' with { type: 'json' };

// Frameworks are data, not code: one JSON file per framework (domain reference sections 1.4,
// 2.2, 2.3, 3 and 4) and one crosswalk file. They are parsed once, here, when the module loads;
// a malformed file stops the server at start-up rather than on a user's request.

const key = z.string().regex(/^[a-z0-9_]+$/);

const frameworkFile = z
  .object({
    key: z.enum(frameworkKeys),
    version: z.string().min(1),
    title: z.string().min(1),
    shortTitle: z.string().min(1),
    publisher: z.string().min(1),
    source: z.object({ citation: z.string().min(1), url: z.string().url() }).strict(),
    summary: z.string().min(1),
    levels: z.array(z.string().min(1)).min(1).max(2),
    groups: z.array(
      z
        .object({ key, parent: key.nullable(), ref: z.string().min(1), title: z.string().min(1) })
        .strict(),
    ),
    items: z.array(
      z
        .object({
          key,
          group: key,
          ref: z.string().min(1),
          text: z.string().min(1),
          verification: z.enum(['V', 'S', 'U']),
          tags: z.array(z.string()).optional(),
        })
        .strict(),
    ),
  })
  .strict();
export type FrameworkFile = z.infer<typeof frameworkFile>;

const crosswalkFile = z
  .object({
    version: z.string(),
    summary: z.string(),
    mappings: z.array(
      z
        .object({
          key,
          topic: z.string().min(1),
          rationale: z.string().min(1),
          items: z.array(key).min(2),
        })
        .strict(),
    ),
  })
  .strict();
export type CrosswalkFile = z.infer<typeof crosswalkFile>;
export type CrosswalkMapping = CrosswalkFile['mappings'][number];

/** The raw data files, for the test that checks their consistency. */
export const frameworkFiles: readonly unknown[] = [
  nistData,
  ruaihData,
  hti1IrmData,
  chaiPrinciplesData,
  chaiLifecycleData,
];
export const crosswalkFileData: unknown = crosswalkData;

/** A framework ready to use: its file plus lookups by key. */
export interface Framework {
  dto: FrameworkDto;
  summary: FrameworkSummaryDto;
  itemsByKey: ReadonlyMap<string, FrameworkItemDto>;
  groupsByKey: ReadonlyMap<string, FrameworkGroupDto>;
  /** The outermost group of each item (the function of NIST, the element of RUAIH...). */
  topGroupOf(itemKey: string): FrameworkGroupDto;
}

/** Parses one framework data file into a usable framework. */
export function parseFramework(data: unknown): Framework {
  const file = frameworkFile.parse(data);
  const groups: FrameworkGroupDto[] = file.groups;
  const items: FrameworkItemDto[] = file.items.map((i) => ({ ...i, tags: i.tags ?? [] }));
  const summary: FrameworkSummaryDto = {
    key: file.key,
    version: file.version,
    title: file.title,
    shortTitle: file.shortTitle,
    publisher: file.publisher,
    source: file.source,
    summary: file.summary,
    levels: file.levels,
    groupCount: groups.length,
    itemCount: items.length,
  };
  const groupsByKey = new Map(groups.map((g) => [g.key, g]));
  const itemsByKey = new Map(items.map((i) => [i.key, i]));
  const topOf = (groupKey: string): FrameworkGroupDto => {
    let group = groupsByKey.get(groupKey);
    for (let depth = 0; group && group.parent !== null && depth < 4; depth += 1)
      group = groupsByKey.get(group.parent);
    if (!group) throw new Error(`Framework ${file.key}: no group ${groupKey}`);
    return group;
  };
  return {
    dto: { ...summary, groups, items },
    summary,
    itemsByKey,
    groupsByKey,
    topGroupOf: (itemKey) => topOf(itemsByKey.get(itemKey)?.group ?? ''),
  };
}

/** Parses the crosswalk file. */
export function parseCrosswalk(data: unknown): CrosswalkFile {
  return crosswalkFile.parse(data);
}

const registry = new Map<FrameworkKey, Framework>(
  frameworkFiles.map((data) => {
    const framework = parseFramework(data);
    return [framework.summary.key, framework];
  }),
);

const crosswalk = parseCrosswalk(crosswalkData);

/** Which framework each item key belongs to; keys are unique across all frameworks. */
const frameworkOfItem = new Map<string, FrameworkKey>(
  [...registry.values()].flatMap((f) =>
    f.dto.items.map((item) => [item.key, f.summary.key] as const),
  ),
);

/** The mappings each item appears in. */
const mappingsOfItem = new Map<string, CrosswalkMapping[]>();
for (const mapping of crosswalk.mappings) {
  for (const itemKey of mapping.items) {
    const list = mappingsOfItem.get(itemKey) ?? [];
    list.push(mapping);
    mappingsOfItem.set(itemKey, list);
  }
}

/** Every framework, in the order of `frameworkKeys`. */
export function allFrameworks(): Framework[] {
  return frameworkKeys.flatMap((k) => {
    const framework = registry.get(k);
    return framework ? [framework] : [];
  });
}

/**
 * A framework by key, at the version an assessment recorded (or the current one).
 * Only one version of each framework ships today, so an older version falls back to it.
 */
export function frameworkOf(frameworkKey: FrameworkKey): Framework {
  const framework = registry.get(frameworkKey);
  if (!framework) throw new Error(`No data file for framework ${frameworkKey}`);
  return framework;
}

/** An item mapped from another framework, with the mapping that links them. */
export interface MappedItem {
  mapping: CrosswalkMapping;
  frameworkKey: FrameworkKey;
  item: FrameworkItemDto;
}

/**
 * The items of other frameworks an item maps to, each once (with the first mapping that
 * names it), in the order the crosswalk file lists them.
 */
export function mappedItemsOf(itemKey: string): MappedItem[] {
  const own = frameworkOfItem.get(itemKey);
  const seen = new Set<string>();
  const result: MappedItem[] = [];
  for (const mapping of mappingsOfItem.get(itemKey) ?? []) {
    for (const other of mapping.items) {
      const frameworkKey = frameworkOfItem.get(other);
      if (other === itemKey || seen.has(other) || !frameworkKey || frameworkKey === own) continue;
      const item = registry.get(frameworkKey)?.itemsByKey.get(other);
      if (!item) continue;
      seen.add(other);
      result.push({ mapping, frameworkKey, item });
    }
  }
  return result;
}
