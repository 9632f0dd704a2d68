import { describe, expect, it } from 'vitest';
import { json, mockFetch } from '../../test/fetch-router';
import { getExercisesOrSearchCopy } from './get-exercises';

const bench = { id: 'b', name: 'Bench Press', primaryMuscles: ['chest'], secondaryMuscles: [], equipment: 'barbell', isCustom: false, isArchived: false };
const mine = { id: 'm', name: 'Landmine Press', primaryMuscles: ['shoulders'], secondaryMuscles: [], equipment: 'other', isCustom: true, isArchived: false };

describe('the exercise list', () => {
  it('keeps the whole list on the device and searches it when the server cannot be reached', async () => {
    const server = mockFetch({ 'GET /api/v1/exercises': () => json({ items: [bench, mine] }) });
    await getExercisesOrSearchCopy({});
    server.on('GET /api/v1/exercises', () => Promise.reject(new TypeError('Failed to fetch')));

    const found = await getExercisesOrSearchCopy({ search: 'landmine' });

    expect(found.items.map((e) => e.name)).toEqual(['Landmine Press']);
  });

  it('fails as before with no copy on the device', async () => {
    mockFetch({ 'GET /api/v1/exercises': () => Promise.reject(new TypeError('Failed to fetch')) });

    await expect(getExercisesOrSearchCopy({ search: 'bench' })).rejects.toThrow();
  });
});
