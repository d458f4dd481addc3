// The executable schema: SDL from the top-level schema.graphql, resolvers from resolvers/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { PROJECT_ROOT } from '../config.ts';
import { Query } from './resolvers/Query.ts';
import { DateScalar, DateTimeScalar } from './resolvers/scalars.ts';

export const SCHEMA_PATH = path.join(PROJECT_ROOT, 'schema.graphql');

export function createSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: readFileSync(SCHEMA_PATH, 'utf8'),
    resolvers: { Query, Date: DateScalar, DateTime: DateTimeScalar },
  });
}
