// Metric family: people (definitions in progress).
import type { Citation } from '../citations.js';
import type { MetricDefinition } from '../types.js';

export const PEOPLE_CITATIONS: Readonly<Record<string, Citation>> = {};

export const PEOPLE_METRICS: readonly MetricDefinition[] = [];
