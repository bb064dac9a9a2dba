import request from 'supertest';
import http from 'node:http';
import { createApp } from './mock-server/app';
import { png } from './test/support/images';
const app = createApp({ quiet: true });
const show = (label: string, r: any) => console.log(label, r.status, JSON.stringify(r.body).slice(0, 250));
const Y = () => request(app).post('/yutoai/ideogram/edit').set('Authorization', 'Bearer k');
show('image as text', await Y().field('image_file', 'abc').attach('mask', png(), 'm.png').field('prompt','x').field('model','V_2'));
show('image as empty text', await Y().field('image_file', '').field('mask', '').field('prompt','x').field('model','V_2'));
show('pix optional mask empty', await request(app).post('/pixazo/ideogramV_2/v1/edit').set('Ocp-Apim-Subscription-Key','k').attach('image_file', png(), 'a.png').field('mask','').field('prompt','x').field('model','V_2'));
const server = http.createServer(app).listen(0, '127.0.0.1');
await new Promise(r => server.once('listening', r));
const port = (server.address() as any).port;
function req(path: string, headers: Record<string,string>, body: Buffer): Promise<[number, string]> {
  return new Promise((resolve, reject) => {
    const r = http.request({ host: '127.0.0.1', port, method: 'POST', path, headers: { ...headers, 'content-length': String(body.length) } }, (res) => { let s=''; res.on('data', c=> s+=c); res.on('end', ()=>resolve([res.statusCode!, s])); });
    r.on('error', reject); r.end(body);
  });
}
const bad = Buffer.from([...Buffer.from('{"image_request":{"prompt":"'), 0xff, 0xfe, 0xc3, ...Buffer.from('"}}')]);
console.log(await req('/ideogram/generate', { 'api-key': 'k', 'content-type': 'application/json' }, bad));
console.log(await req('/fal/fal-ai/ideogram/v2/edit', { authorization: 'Key k', 'content-type': 'application/json' }, bad));
console.log(await req('/ideogram/generate', { 'api-key': 'k', 'content-type': 'application/json' }, Buffer.from('{"image_request":{"prompt":"héllo ✓ 🎨"}}')));
server.close();
