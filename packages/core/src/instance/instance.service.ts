import type { InstanceInfo } from '@vigil/contracts';
import { instanceInfo } from '@vigil/contracts';
import type { CoreDeps, Db } from '../deps';

const keys = { institutionName: 'institution_name', demo: 'demo_sign_in' } as const;

export async function readSetting(db: Db, key: string): Promise<string | undefined> {
  return (await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst())
    ?.value;
}

export async function writeSetting(db: Db, key: string, value: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** The institution's name and, on a demo instance, the demo sign-in details. */
export async function getInstanceInfo(deps: Pick<CoreDeps, 'db'>): Promise<InstanceInfo> {
  const name = (await readSetting(deps.db, keys.institutionName)) ?? 'Vigil';
  const demoJson = await readSetting(deps.db, keys.demo);
  const demo = demoJson ? instanceInfo.shape.demo.parse(JSON.parse(demoJson)) : null;
  return { institutionName: name, demo };
}

export async function setInstitutionName(db: Db, name: string): Promise<void> {
  await writeSetting(db, keys.institutionName, name);
}

export async function setDemoSignIn(db: Db, demo: InstanceInfo['demo']): Promise<void> {
  await writeSetting(db, keys.demo, JSON.stringify(demo));
}
