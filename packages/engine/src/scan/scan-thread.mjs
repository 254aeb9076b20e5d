// Worker-thread entry. The engine ships TypeScript sources and loader hooks of the parent (tsx,
// vitest) do not reach worker threads on Node 20: register tsx here when .ts cannot be loaded.
try {
  await import('./scan-thread.worker.ts');
} catch (err) {
  if (err?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw err;
  const { register } = await import('tsx/esm/api');
  register();
  // A failed import is cached per URL: retry under a different one.
  await import('./scan-thread.worker.ts?tsx');
}
