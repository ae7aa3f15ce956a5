// Metric family: mobility (definitions in progress).
import type { Citation } from '../citations.js';
import type { MetricDefinition } from '../types.js';

export const MOBILITY_CITATIONS: Readonly<Record<string, Citation>> = {};

export const MOBILITY_METRICS: readonly MetricDefinition[] = [];
