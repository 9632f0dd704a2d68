import { describe, expect, it } from 'vitest';
import { displayTarget, displayWeight, formatWeight, fromKg, plateStep, stepFrom, toKg, weightStep } from './units';

describe('units', () => {
  it('converts pounds to kilograms exactly with the international pound', () => {
    expect(toKg(1, 'lb')).toBe(0.45359237);
  });

  it('leaves kilograms unchanged when the unit is kg', () => {
    expect(toKg(102.5, 'kg')).toBe(102.5);
  });

  it('shows 225 lb again after a round trip through kilograms', () => {
    expect(displayWeight(toKg(225, 'lb'), 'lb')).toBe(225);
  });

  it('round-trips every whole pound from 0 to 1000', () => {
    for (let lb = 0; lb <= 1000; lb++) expect(displayWeight(toKg(lb, 'lb'), 'lb')).toBe(lb);
  });

  it('rounds kilograms to the nearest half for display', () => {
    expect(displayWeight(102.058, 'kg')).toBe(102);
    expect(displayWeight(102.3, 'kg')).toBe(102.5);
  });

  it('rounds pounds to one decimal for display', () => {
    expect(displayWeight(100, 'lb')).toBe(220.5);
    expect(fromKg(100, 'lb')).toBeCloseTo(220.462, 3);
  });

  it('formats a weight with at most one decimal and the unit', () => {
    expect(formatWeight(102.5, 'kg')).toBe('102.5 kg');
    expect(formatWeight(toKg(225, 'lb'), 'lb')).toBe('225 lb');
  });

  it('steps by 2.5 kg or 5 lb', () => {
    expect(weightStep('kg')).toBe(2.5);
    expect(weightStep('lb')).toBe(5);
  });

  it('shows kilogram targets in pounds on the 5 lb plate step', () => {
    expect(displayTarget(80, 'lb')).toBe(175);
    expect(displayTarget(110, 'lb')).toBe(245);
    expect(displayTarget(80, 'kg')).toBe(80);
  });

  it('reads the account’s plate step in its unit, and rounds converted targets to it', () => {
    expect(plateStep('lb', 2.26796185)).toBe(5);
    expect(plateStep('kg', 1.25)).toBe(1.25);
    expect(plateStep('lb', null)).toBe(5);
    expect(displayTarget(80, 'lb', 2.5)).toBe(177.5);
  });

  it('steps from an off-step weight to the next round number, then by whole steps', () => {
    expect(stepFrom(176.4, 1, 5)).toBe(180);
    expect(stepFrom(176.4, -1, 5)).toBe(175);
    expect(stepFrom(180, 1, 5)).toBe(185);
    expect(stepFrom(142.5, 1, 2.5)).toBe(145);
    expect(stepFrom(141, -1, 2.5)).toBe(140);
  });
});
