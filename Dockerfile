# khabar service image, for docker compose. Neo4j runs in its own container (NEO4J_URI).
FROM node:24-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production TZ=UTC
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY schema.graphql ./
COPY bin ./bin
COPY src ./src
COPY graph/migrations ./graph/migrations
COPY seeds ./seeds
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "src/cli/main.ts", "start"]
