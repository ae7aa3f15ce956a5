// Metric family: energy (definitions in progress).
import type { Citation } from '../citations.js';
import type { MetricDefinition } from '../types.js';

export const ENERGY_CITATIONS: Readonly<Record<string, Citation>> = {};

export const ENERGY_METRICS: readonly MetricDefinition[] = [];
