.PHONY: run test migrate lint lint-deploy fmt web bench bench-load openapi e2e up backup restore

# The embedded default: SQLite in ./data/fitfolio.db, in-process stores, mail to the console and /dev/mailbox.
# (dotnet run starts in the project's folder; the database path is made absolute so it lands where the README says.)
run: web
	ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Database="$${ConnectionStrings__Database:-Data Source=$(CURDIR)/data/fitfolio.db}" \
	  dotnet run --project src/FitFolio.Api --launch-profile FitFolio.Api

# Every suite (Vitest, dotnet on SQLite + PostgreSQL + Redis, Playwright, the runner's own test); last line
# "N passed, N failed". SUITES="web dotnet" runs only those.
test:
	bash scripts/test.sh $(SUITES)

# Builds the SPA into src/FitFolio.Api/wwwroot when its sources changed.
web:
	bash scripts/build-web.sh

# Applies migrations to the configured database (Database:Provider, ConnectionStrings:Database) and exits.
migrate:
	dotnet tool restore >/dev/null
	dotnet dotnet-ef database update --project src/FitFolio.Api --context $${Database__Provider:-Sqlite}FitFolioDbContext \
	  --connection "$${ConnectionStrings__Database:-Data Source=$(CURDIR)/data/fitfolio.db}"

# dotnet format, then ESLint (typescript-eslint, react-hooks, jsx-a11y, import boundaries) and the TypeScript build.
lint:
	dotnet format FitFolio.slnx --verify-no-changes
	cd web && npm ci --no-audit --no-fund --loglevel=error
	cd web/tools/lint && npm ci --no-audit --no-fund --loglevel=error
	cd web && npm run lint
	$(MAKE) lint-deploy

# dockerfilelint and our rules on deploy/Dockerfile, the Compose files against the Compose specification schema,
# pinned CI actions and images; then deploy/tools' own tests (each rule catching its fault, deploy/init-secrets.sh).
lint-deploy:
	cd deploy/tools && npm ci --no-audit --no-fund --loglevel=error
	cd deploy/tools && node lint-deploy.mjs && node --test

fmt:
	dotnet format FitFolio.slnx

# Production on one host (deploy/compose.yml, docs/RUNBOOK.md). The image is tagged with the commit, so the previous
# one stays for a rollback: make up IMAGE=fitfolio:<older commit>.
COMPOSE = docker compose --project-name fitfolio --env-file deploy/.env -f deploy/compose.yml
IMAGE ?= fitfolio:$(shell git rev-parse --short HEAD 2>/dev/null || echo local)

up:
	@test -f deploy/.env || { echo "copy deploy/.env.example to deploy/.env and fill it in first"; exit 2; }
	bash deploy/init-secrets.sh
	docker image inspect $(IMAGE) >/dev/null 2>&1 || FITFOLIO_IMAGE=$(IMAGE) $(COMPOSE) build app
	FITFOLIO_IMAGE=$(IMAGE) $(COMPOSE) up -d --no-build --wait

# A verified dump of the stack's PostgreSQL into backups/ (7 daily, 4 weekly, 3 monthly; BACKUP_RSYNC_TARGET copies off-host).
backup:
	PG_DUMP="$(COMPOSE) exec -T db pg_dump" PG_RESTORE="$(COMPOSE) exec -T db pg_restore" \
	  bash scripts/backup.sh postgres "user=fitfolio dbname=fitfolio"

# Restores FILE into the stack's PostgreSQL: the dump is verified, the app stopped, the schema replaced, the app started.
restore:
	@test -n "$(FILE)" || { echo "usage: make restore FILE=backups/daily/fitfolio-YYYY-MM-DD.pgdump"; exit 2; }
	cd $(dir $(FILE)) && sha256sum --check --quiet $(notdir $(FILE)).sha256
	$(COMPOSE) stop app
	PG_RESTORE="$(COMPOSE) exec -T db pg_restore" PSQL="$(COMPOSE) exec -T db psql" \
	  bash scripts/restore.sh --recreate postgres "user=fitfolio dbname=fitfolio" "$(FILE)"
	$(COMPOSE) start app

# Side-by-side measurements printed as ratios (see bench/README.md).
bench:
	bash bench/run.sh

# Two instances on PostgreSQL + Redis under USERS simulated lifters, beside pgbench's insert rate (docs/SCALING.md).
bench-load:
	bash bench/load.sh

# Rewrites web/openapi.json from the running code and regenerates web/src/lib/api/schema.d.ts from it;
# web/src/lib/api/openapi-contract.ts then checks the SPA's types against it at build time.
openapi:
	FITFOLIO_UPDATE_OPENAPI=1 dotnet test tests/FitFolio.Api.Tests --filter "FullyQualifiedName~OpenApiDocumentTests"
	cd web/tools/openapi-types && npm ci --no-audit --no-fund --loglevel=error && npm run generate

# The Playwright suite alone (Debian's Chromium) against a throwaway instance; see e2e/README.md.
e2e: web
	cd e2e && npm ci --no-audit --no-fund --loglevel=error
	bash e2e/run.sh artifacts/test-results/e2e.json
