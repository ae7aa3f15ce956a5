// Metric family: alignment (definitions in progress).
import type { Citation } from '../citations.js';
import type { MetricDefinition } from '../types.js';

export const ALIGNMENT_CITATIONS: Readonly<Record<string, Citation>> = {};

export const ALIGNMENT_METRICS: readonly MetricDefinition[] = [];
