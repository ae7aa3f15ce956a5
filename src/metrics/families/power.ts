// Metric family: power (definitions in progress).
import type { Citation } from '../citations.js';
import type { MetricDefinition } from '../types.js';

export const POWER_CITATIONS: Readonly<Record<string, Citation>> = {};

export const POWER_METRICS: readonly MetricDefinition[] = [];
