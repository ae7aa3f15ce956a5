// Metric family: finance (definitions in progress).
import type { Citation } from '../citations.js';
import type { MetricDefinition } from '../types.js';

export const FINANCE_CITATIONS: Readonly<Record<string, Citation>> = {};

export const FINANCE_METRICS: readonly MetricDefinition[] = [];
