// Metric family: security (definitions in progress).
import type { Citation } from '../citations.js';
import type { MetricDefinition } from '../types.js';

export const SECURITY_CITATIONS: Readonly<Record<string, Citation>> = {};

export const SECURITY_METRICS: readonly MetricDefinition[] = [];
