# Builds the static storefront from the running backend into a shared volume (nginx serves it).
FROM node:22-bookworm-slim
ENV ASTRO_TELEMETRY_DISABLED=1
WORKDIR /app
COPY package.json package-lock.json ./
COPY backend/package.json backend/
COPY storefront/package.json storefront/
COPY seed/package.json seed/
COPY tests/package.json tests/
RUN npm ci --no-audit --no-fund --workspace storefront --include-workspace-root
COPY storefront storefront
WORKDIR /app/storefront
CMD ["sh", "-c", "npx astro build && rm -rf /srv/storefront/* && cp -r \"$OVOP_STOREFRONT_OUT_DIR\"/. /srv/storefront/"]
