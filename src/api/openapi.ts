// The OpenAPI 3.1 document, generated from the route table (parameters from the zod schemas via z.toJSONSchema).
import { z } from 'zod';
import type { RouteDef } from './route.js';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function fields(schema: z.ZodType | undefined): Array<[string, z.ZodType]> {
  return schema instanceof z.ZodObject ? Object.entries(schema.shape as Record<string, z.ZodType>) : [];
}

function operationId(r: RouteDef): string {
  return r.method + r.path.replace(/[{}]/g, '').split(/[/.-]/).filter(Boolean).map((p) => p[0]!.toUpperCase() + p.slice(1)).join('');
}

const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

export function buildOpenApi(routes: readonly RouteDef[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const parameters = [
      ...fields(r.params).map(([name, s]) => ({ name, in: 'path', required: true, description: s.description, schema: jsonSchema(s) })),
      ...fields(r.query).map(([name, s]) => ({ name, in: 'query', required: !s.safeParse(undefined).success, description: s.description, schema: jsonSchema(s) })),
    ];
    const produces = r.produces ?? 'application/json';
    paths[r.path] = {
      ...paths[r.path],
      [r.method]: {
        operationId: operationId(r),
        summary: r.summary,
        tags: [r.tag],
        parameters,
        ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body) } } } } : {}),
        responses: {
          200: { description: 'success', content: { [produces]: { schema: {} } } },
          400: errorResponse('a parameter is invalid; the message names it'),
          404: errorResponse('not found'),
          ...(r.job ? { 503: errorResponse('the server is busy with other jobs (Retry-After gives the seconds to wait), or the client went away') } : {}),
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'interdep API',
      version: '0.1.0',
      description: 'Read-only access to the interdep database: dependence, power and interdependence between states. See docs/api.md.',
    },
    paths,
    components: {
      schemas: { Error: { type: 'object', properties: { error: { type: 'string' } }, required: ['error'] } },
    },
  };
}
