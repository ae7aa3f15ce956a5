// Metric family: institutions (definitions in progress).
import type { Citation } from '../citations.js';
import type { MetricDefinition } from '../types.js';

export const INSTITUTIONS_CITATIONS: Readonly<Record<string, Citation>> = {};

export const INSTITUTIONS_METRICS: readonly MetricDefinition[] = [];
