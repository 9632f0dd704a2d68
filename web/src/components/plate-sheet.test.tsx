import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '../test/fetch-router';
import { renderRoutes } from '../test/render';
import { PlateSheet } from './plate-sheet';

const plates = (weights: number[], count = 4) => weights.map((weight) => ({ weight, count }));

const equipment = {
  kg: { bars: { barbell: 20, womensBar: 15, trapBar: 25, ezBar: 10 }, plates: plates([25, 20, 15, 10, 5, 2.5, 1.25]) },
  lb: { bars: { barbell: 45, womensBar: 35, trapBar: 55, ezBar: 25 }, plates: plates([45, 35, 25, 10, 5, 2.5]) },
  warmupRamp: [{ percent: null, reps: 10 }],
  exerciseBars: [] as { exerciseId: string; bar: string }[],
};

function renderSheet(props: Partial<Parameters<typeof PlateSheet>[0]> = {}) {
  const onPick = vi.fn();
  const onClose = vi.fn();
  renderRoutes([
    {
      path: '/',
      element: <PlateSheet exerciseId="bench" exerciseName="Bench Press" equipment="barbell" unit="kg" weight={142.5} onPick={onPick} onClose={onClose} {...props} />,
    },
  ]);
  return { onPick, onClose };
}

describe('PlateSheet', () => {
  it('reads the plates per side of 142.5 kg on a 20 kg bar in a labelled dialog', async () => {
    mockFetch({ 'GET /api/v1/equipment': () => json(equipment) });
    renderSheet();

    const dialog = await screen.findByRole('dialog', { name: 'Plates for 142.5 kg' });
    expect(await within(dialog).findByText('Per side: 25, 25, 10, 1.25 kg')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Bar')).toHaveValue('barbell');
  });

  it('offers the nearest loadable weights when the exact one cannot be loaded, and a tap fills the field', async () => {
    mockFetch({ 'GET /api/v1/equipment': () => json(equipment) });
    const user = userEvent.setup();
    const { onPick, onClose } = renderSheet({ weight: 101 });

    expect(await screen.findByText('101 kg cannot be loaded exactly with your plates.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Use 102.5 kg/ })).toHaveTextContent('Per side: 25, 15, 1.25 kg');
    await user.click(screen.getByRole('button', { name: /Use 100 kg/ }));

    expect(onPick).toHaveBeenCalledWith(100);
    expect(onClose).toHaveBeenCalled();
  });

  it('loads pound plates on a 45 lb bar for a pound account', async () => {
    mockFetch({ 'GET /api/v1/equipment': () => json(equipment) });
    renderSheet({ unit: 'lb', weight: 227.5 });

    expect(await screen.findByRole('button', { name: /Use 225 lb/ })).toHaveTextContent('Per side: 45, 45 lb');
    expect(screen.getByRole('button', { name: /Use 230 lb/ })).toHaveTextContent('Per side: 45, 45, 2.5 lb');
  });

  it('saves a bar chosen for the exercise and loads on it', async () => {
    const server = mockFetch({
      'GET /api/v1/equipment': () => json(equipment),
      'PUT /api/v1/equipment/exercises/bench': () => json({ exerciseId: 'bench', bar: 'womens_bar' }),
    });
    const user = userEvent.setup();
    renderSheet({ weight: 40 });

    await user.selectOptions(await screen.findByLabelText('Bar'), 'womens_bar');

    expect(await screen.findByText('Per side: 10, 2.5 kg')).toBeInTheDocument();
    expect(server.calls('PUT /api/v1/equipment/exercises/bench')[0]?.body).toEqual({ bar: 'womens_bar' });
  });

  it('says a dumbbell exercise has no bar to load, reading its equipment from the catalogue', async () => {
    mockFetch({
      'GET /api/v1/equipment': () => json(equipment),
      'GET /api/v1/exercises': () => json({ items: [{ id: 'curl', name: 'Dumbbell Curl', equipment: 'dumbbell', primaryMuscles: [], secondaryMuscles: [], isCustom: false }] }),
    });
    renderSheet({ exerciseId: 'curl', exerciseName: 'Dumbbell Curl', equipment: undefined, weight: 12 });

    expect(await screen.findByText(/No bar: this exercise is not loaded with plates/)).toBeInTheDocument();
  });

  it('closes on Escape', async () => {
    mockFetch({ 'GET /api/v1/equipment': () => json(equipment) });
    const user = userEvent.setup();
    const { onClose } = renderSheet();

    await screen.findByRole('dialog');
    await user.keyboard('{Escape}');

    expect(onClose).toHaveBeenCalled();
  });
});
