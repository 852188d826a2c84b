#!/usr/bin/env bash
# Adds a migration named $1 for every provider, then refreshes the committed SQL scripts.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: migrations/add.sh MigrationName}
dotnet tool restore
dotnet build api -p:NetworkGraphIdeSkip=true
declare -A design=(
  [Sqlite]="Data Source=design-time.db"
  [PostgreSQL]="Host=localhost;Database=design-time"
  [SqlServer]="Server=localhost;Database=design-time"
)
for provider in Sqlite PostgreSQL SqlServer; do
  dotnet ef migrations add "$name" --no-build --project "migrations/$provider" --startup-project api \
    -- --Database:Provider "$provider" "--ConnectionStrings:NetworkGraph=${design[$provider]}"
done
UPDATE_SQL_SCRIPTS=1 dotnet test --filter "FullyQualifiedName~MigrationTests"
