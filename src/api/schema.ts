// The executable schema: SDL from the top-level schema.graphql, resolvers from resolvers/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { PROJECT_ROOT } from '../config.ts';
import { Actor } from './resolvers/Actor.ts';
import { Article } from './resolvers/Article.ts';
import { Event, MetEdge, SearchHit } from './resolvers/Event.ts';
import { Mutation } from './resolvers/Mutation.ts';
import { Query } from './resolvers/Query.ts';
import { DateScalar, DateTimeScalar } from './resolvers/scalars.ts';
import { Subscription } from './resolvers/Subscription.ts';

export const SCHEMA_PATH = path.join(PROJECT_ROOT, 'schema.graphql');

export function createSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: readFileSync(SCHEMA_PATH, 'utf8'),
    resolvers: { Query, Mutation, Subscription, Actor, Article, Event, MetEdge, SearchHit, Date: DateScalar, DateTime: DateTimeScalar },
  });
}
