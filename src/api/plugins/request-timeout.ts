// Stops a GraphQL operation that runs longer than `ms`: the client gets a TIMEOUT error at once,
// and Neo4j stops the reads on its side too (the same value is their transaction timeout, context.ts).
import type { Plugin } from 'graphql-yoga';
import { timeoutError } from '../errors.ts';

export function useRequestTimeout(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<{ errors: ReturnType<typeof timeoutError>[] }>((resolve) => {
          timer = setTimeout(() => resolve({ errors: [timeoutError(ms)] }), ms);
        });
        try {
          return await Promise.race([executeFn(args), timeout]);
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}
