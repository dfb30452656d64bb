# Medusa backend image; the same image runs as `server` and as `worker` (MEDUSA_WORKER_MODE).
FROM node:22-bookworm-slim
ENV MEDUSA_DISABLE_TELEMETRY=true NODE_ENV=production
# Fonts the PDF documents are drawn with (src/lib/pdf/fonts.ts): Latin and Cyrillic with the
# Kyrgyz letters, and Japanese.
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends fonts-dejavu-core fonts-noto-cjk \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY storefront/package.json storefront/
COPY seed/package.json seed/
COPY tests/package.json tests/
# The shared rules (@ovop/domain): small, and built by the install (the root `prepare` script).
COPY domain domain
# Dev dependencies too: the admin dashboard and the TypeScript build need them (NODE_ENV is production).
RUN npm ci --include=dev --no-audit --no-fund --workspace domain --workspace backend --workspace seed --include-workspace-root
COPY backend backend
COPY seed seed
# The catalogue's illustrations, uploaded by the seed (staff replace them with photos).
RUN npx tsx seed/src/render-images.ts /app/seed-images
RUN cd backend && npx medusa build
WORKDIR /app/backend/.medusa/server
EXPOSE 9000
CMD ["sh", "-c", "if [ \"$MEDUSA_WORKER_MODE\" != worker ]; then npx medusa db:migrate; fi && exec npx medusa start"]
