// An operation passes when some 2xx response has a media type with `examples` or `example`, or is a
// 2xx without content (a 204: its status is the whole answer).
export default function has2xxExample(operation) {
  const responses = (operation && operation.responses) || {};
  for (const [status, response] of Object.entries(responses)) {
    if (!/^2\d\d$/.test(status) || !response) continue;
    if (response.$ref) return; // shared responses are checked where they are defined
    if (Object.keys(response.content || {}).length === 0) return;
    for (const media of Object.values(response.content || {})) {
      if (media && (media.example !== undefined || Object.keys(media.examples || {}).length > 0)) return;
    }
  }
  return [{ message: 'No 2xx response has an example: the mock has nothing to replay.' }];
}
