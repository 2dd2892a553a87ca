import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { RegisterDatabase } from './database';
import { addActivity } from './activityRepository';

describe('activity repository', () => {
  let database: RegisterDatabase;
  afterEach(async () => {
    await database.delete();
  });

  it('stores a new activity with its purpose, and it is there when the database is opened again', async () => {
    database = new RegisterDatabase('test-activities');
    const added = await addActivity(database, { name: '  Ledenadministratie ', purpose: 'Aansluiting van leden' });
    database.close();
    database = new RegisterDatabase('test-activities');
    const stored = await database.activities.get(added.id);
    expect(stored?.name).toBe('Ledenadministratie');
    expect(stored?.status).toBe('draft');
    expect(stored?.purposes.map((p) => p.description)).toEqual(['Aansluiting van leden']);
  });

  it('refuses an activity without a name and stores nothing', async () => {
    database = new RegisterDatabase('test-activities-empty');
    await expect(addActivity(database, { name: '   ', purpose: 'x' })).rejects.toThrow();
    expect(await database.activities.count()).toBe(0);
  });
});
