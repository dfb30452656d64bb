# Builds the static storefront from the running backend into a shared volume (nginx serves it),
# then rebuilds it when the backend asks (scripts/storefront-builder.ts).
FROM node:22-bookworm-slim
ENV ASTRO_TELEMETRY_DISABLED=1
WORKDIR /app
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY storefront/package.json storefront/
COPY seed/package.json seed/
COPY tests/package.json tests/
# The shared rules (@ovop/domain): small, and built by the install (the root `prepare` script).
COPY domain domain
RUN npm ci --no-audit --no-fund --workspace domain --workspace storefront --include-workspace-root
COPY storefront storefront
COPY scripts/storefront-builder.ts scripts/
COPY scripts/lib scripts/lib
WORKDIR /app/storefront
EXPOSE 4000
CMD ["npx", "tsx", "/app/scripts/storefront-builder.ts"]
