/**
 * Writes to processing activities. New activities are checked against the shared schema before they are
 * stored, so the database never holds a record the register file could not hold.
 */
import { activitySchema, type Activity } from '../../shared/model';
import type { RegisterDatabase } from './database';

export interface NewActivity {
  name: string;
  purpose: string;
}

export async function addActivity(database: RegisterDatabase, input: NewActivity): Promise<Activity> {
  const purpose = input.purpose.trim();
  const activity = activitySchema.parse({
    id: crypto.randomUUID(),
    name: input.name.trim(),
    status: 'draft',
    purposes: purpose ? [{ id: crypto.randomUUID(), description: purpose }] : [],
  });
  await database.activities.add(activity);
  return activity;
}
