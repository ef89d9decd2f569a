// Outbox delivery of 1,000 items against plain fetch, in one run (scripts/offline-bench.mjs).
await import('../scripts/offline-bench.mjs');
