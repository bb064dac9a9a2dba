// A secured operation must say how the vendor refuses a missing or bad key.
export default function hasAuthFailure(operation) {
  if (!operation || !Array.isArray(operation.security) || operation.security.length === 0) return;
  const open = operation.security.some((requirement) => Object.keys(requirement || {}).length === 0);
  if (open) return;
  const responses = operation.responses || {};
  if (responses['401'] || responses['403']) return;
  return [{ message: 'Secured operation documents no 401/403 response: say how auth fails.' }];
}
