import { describe, expect, it } from 'vitest';
import { describeDatabase, resolveDatabaseConfig } from './config';

describe('choosing the database', () => {
  it('uses SQLite in the data directory when DATABASE_URL is unset', () => {
    expect(resolveDatabaseConfig({ databaseUrl: undefined, dataDir: '/srv/vigil' })).toEqual({
      dialect: 'sqlite',
      file: '/srv/vigil/vigil.db',
    });
  });

  it.each(['postgres://u:p@db:5432/vigil', 'postgresql://db/vigil'])(
    'uses PostgreSQL for %s',
    (url) => {
      expect(resolveDatabaseConfig({ databaseUrl: url, dataDir: '/x' })).toEqual({
        dialect: 'postgres',
        url,
      });
    },
  );

  it('rejects any other URL and names it without its password', () => {
    expect(() =>
      resolveDatabaseConfig({ databaseUrl: 'mysql://root:secret@db/vigil', dataDir: '/x' }),
    ).toThrow(/mysql:\/\/root:\*\*\*@db\/vigil/);
  });

  it('never shows a PostgreSQL password in descriptions', () => {
    expect(
      describeDatabase({ dialect: 'postgres', url: 'postgres://vigil:hunter2@db/vigil' }),
    ).toBe('PostgreSQL database postgres://vigil:***@db/vigil');
  });
});
