# The Lotse hub: compiles the TypeScript and runs the server. docker-compose.yml builds it.
# Node 20 as package.json's "engines" says; the image carries no embedded PostgreSQL (an optional
# dependency for `npm start` on a developer's machine), so it needs DATABASE_URL.
FROM node:20-bookworm-slim
WORKDIR /app

# Dependencies first, so a code change does not reinstall them.
COPY package.json package-lock.json ./
RUN npm ci

# Only what the build and the server need (copied by name: keeps the host's node_modules, dist and .data out).
# schema/operations holds the example operations the IDE offers; src/server/ide holds its browser files.
COPY tsconfig.json ./
COPY src ./src
COPY schema ./schema
RUN npm run build && npm prune --omit=dev --omit=optional

ENV NODE_ENV=production
EXPOSE 4000
USER node
CMD ["node", "dist/src/main.js", "serve"]
