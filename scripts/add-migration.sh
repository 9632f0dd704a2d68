#!/usr/bin/env bash
# Adds one migration, named for its intent, to both providers' migration sets so they stay in step.
# usage: scripts/add-migration.sh AddWorkoutNotes
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet dotnet-ef migrations add "$name" --project src/FitFolio.Api --context "${provider}FitFolioDbContext" \
    --output-dir "Infrastructure/Persistence/Migrations/$provider"
done
