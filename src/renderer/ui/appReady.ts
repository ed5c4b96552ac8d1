// Tells end-to-end tests (and anything else watching) that the first data has arrived, so they can
// wait for `body[data-ready="true"]` instead of sleeping.
export function markAppReady(): void {
  if (document.body.dataset.ready !== 'true') document.body.dataset.ready = 'true';
}
