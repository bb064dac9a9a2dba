import { randomInt } from 'node:crypto';
import type { Json, JsonObject } from '../../core/model/load';
import type { UploadedImage } from '../uploads/inspect';
import { imagePath, renderPng, MAX_RENDER_SIDE } from '../images/render';
import { nearestRenderSize, sizeFrom, type Size } from './size';

/** What a documented example is filled with for one request. */
export interface LiveContext {
  /** Body fields with Ideogram's `image_request` object folded in. */
  request: Record<string, unknown>;
  files: Record<string, UploadedImage[]>;
  baseUrl: string;
  now: Date;
  seed: number;
  size: Size;
  count: number;
  /** `sync_mode: true`: images travel inline as data URIs. */
  inline: boolean;
  transparent: boolean;
}

export function liveContext(fields: Record<string, unknown>, files: Record<string, UploadedImage[]>, baseUrl: string, now: Date): LiveContext {
  const nested = fields.image_request;
  const request: Record<string, unknown> = { ...fields, ...(nested && typeof nested === 'object' ? (nested as Record<string, unknown>) : {}) };
  const seed = Number.isSafeInteger(request.seed) ? Number(request.seed) : randomInt(0, 2 ** 31 - 1);
  const input = firstImage(files);
  const size = clamp(sizeFrom(request.resolution, request.aspect_ratio) ?? (input ? nearestRenderSize(input.image) : { width: 1024, height: 1024 }));
  const count = Number.isInteger(request.num_images) ? Math.max(1, Number(request.num_images)) : 1;
  return { request, files, baseUrl, now, seed, size, count, inline: request.sync_mode === true, transparent: false };
}

function firstImage(files: Record<string, UploadedImage[]>): UploadedImage | undefined {
  return files.image_file?.[0] ?? files.image?.[0] ?? Object.values(files)[0]?.[0];
}

function clamp(size: Size): Size {
  const scale = Math.min(1, MAX_RENDER_SIDE / Math.max(size.width, size.height));
  return { width: Math.max(1, Math.round(size.width * scale)), height: Math.max(1, Math.round(size.height * scale)) };
}

/** A URL on the mock that serves the image (or the image itself, inline, for sync_mode: only then is there anything to wait for). */
export function imageUrl(ctx: LiveContext, size: Size = ctx.size): string | Promise<string> {
  const key = { ...size, seed: ctx.seed >>> 0, transparent: ctx.transparent };
  if (ctx.inline) return renderPng(key).then((png) => `data:image/png;base64,${png.toString('base64')}`);
  return ctx.baseUrl + imagePath(key);
}

const URL_KEYS = new Set(['url', 'edited_image', 'image_url', 'base_image_url']);

/**
 * The documented example with this request's facts written in: prompt, seed, model and style echoed,
 * one item per requested image, fresh timestamps, and image URLs that resolve on the mock.
 * Keys the mock knows nothing about keep the documented value.
 */
export async function liveBody(example: Json, ctx: LiveContext): Promise<Json> {
  return walk(example, ctx);
}

/** A value now, or later when it needs a rendered image (inline data, a file size). */
type Maybe<T> = T | Promise<T>;

// Synchronous unless a value has to wait for a render: a promise per field was the largest slice of
// the mock's own code in a profile of the JSON generate, for images answers almost never inline.
function walk(node: Json, ctx: LiveContext): Maybe<Json> {
  if (Array.isArray(node)) return settleAll(node.map((item) => walk(item, ctx)));
  if (!node || typeof node !== 'object') return node;
  const keys = Object.keys(node);
  const values = keys.map((key) => field(key, node[key], ctx, node));
  return then(settleAll(values), (live) => {
    const out: JsonObject = {};
    for (let i = 0; i < keys.length; i++) if (live[i] !== undefined) out[keys[i]] = live[i] as Json;
    return out;
  });
}

function settleAll<T>(values: Maybe<T>[]): Maybe<T[]> {
  return values.some((value) => value instanceof Promise) ? Promise.all(values) : (values as T[]);
}

function then<T, U>(value: Maybe<T>, next: (value: T) => U): Maybe<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}

/**
 * One value of the example, made true for this request. Never copies what the example says about a
 * request it was not: a value the request did not ask for and the mock cannot derive is left out
 * (undefined), and sizes follow this request's image.
 */
function field(key: string, value: Json, ctx: LiveContext, siblings: JsonObject): Maybe<Json | undefined> {
  const request = ctx.request;
  if ((key === 'data' || key === 'images') && Array.isArray(value) && isObject(value[0])) {
    return settleAll(Array.from({ length: ctx.count }, () => walk(value[0], ctx)));
  }
  if (key === 'descriptions' && Array.isArray(value)) return [{ text: describeImage(ctx) }];
  if (typeof value === 'string') {
    if (key === 'created' || key.endsWith('_at')) return ctx.now.toISOString();
    if (key === 'description') return describeImage(ctx);
    // Without a prompt (reframe, upscale) the vendor writes its own: a caption of this image, not the example's.
    if (key === 'prompt') return typeof request.prompt === 'string' ? request.prompt : describeImage(ctx);
    if (key === 'resolution') return `${ctx.size.width}x${ctx.size.height}`;
    if (DIMENSIONS.test(value)) return scaledLikeExample(value, siblings.resolution, ctx.size);
    if (URL_KEYS.has(key)) return imageUrl(ctx);
    if (key === 'original_image' || key === 'original_image_url') {
      const input = firstImage(ctx.files);
      return imageUrl({ ...ctx, inline: false }, input ? input.image : ctx.size);
    }
    if (key === 'style_type') return answeredStyle(request.style_type, value, ctx.seed);
    if (key === 'model_used' && typeof request.model === 'string') return request.model;
    if (key === 'content_type') return 'image/png';
    if (key === 'file_name') return `${ctx.seed}.png`;
    return value;
  }
  if (typeof value === 'number') {
    if (key === 'seed') return ctx.seed;
    if (key === 'image_weight' && typeof request.image_weight === 'number') return request.image_weight;
    if (key === 'width') return ctx.size.width;
    if (key === 'height') return ctx.size.height;
    if (key === 'file_size') return renderPng({ ...ctx.size, seed: ctx.seed >>> 0, transparent: ctx.transparent }).then((png) => png.length);
    return value;
  }
  return walk(value, ctx);
}

/** The concrete styles every vendor's style enum takes (legacy and 3.0 alike), in alphabetical order. */
const AUTO_STYLES = ['DESIGN', 'GENERAL', 'REALISTIC'];

/**
 * The style an answer names. AUTO is answered as the docs show it: Pixazo's (Ideogram 2.0's) answers
 * name the style picked (its documented answer for seed 212 says REALISTIC:
 * https://www.pixazo.ai/models/ideogram), so the mock picks one from the seed, the same
 * one for the same seed; Ideogram 3.0's reference answers say AUTO, so those echo it. With no style
 * asked for, which one applies is unknowable and the optional field is left out.
 */
function answeredStyle(asked: unknown, documented: string, seed: number): string | undefined {
  if (typeof asked !== 'string') return undefined;
  if (asked !== 'AUTO' || documented === 'AUTO') return asked;
  return AUTO_STYLES[(seed >>> 0) % AUTO_STYLES.length];
}

const DIMENSIONS = /^(\d{2,5})x(\d{2,5})$/;

/** `upscaled_resolution: 4096x4096` beside `resolution: 1024x1024` is four times the image: so it stays here. */
function scaledLikeExample(value: string, exampleResolution: Json | undefined, size: Size): string {
  const [, w, h] = DIMENSIONS.exec(value)!;
  const base = typeof exampleResolution === 'string' ? DIMENSIONS.exec(exampleResolution) : null;
  const [bw, bh] = base ? [Number(base[1]), Number(base[2])] : [1024, 1024];
  return `${Math.round((size.width * Number(w)) / bw)}x${Math.round((size.height * Number(h)) / bh)}`;
}

function isObject(value: Json | undefined): value is JsonObject {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}

const SUBJECTS = [
  'a lighthouse on a rocky coast',
  'a bowl of ripe fruit on a wooden table',
  'a city street at dusk',
  'a mountain lake under clouds',
  'a portrait of a smiling person',
  'a poster with bold typography',
];
const MOODS = ['warm, golden', 'cool, blue', 'soft pastel', 'high-contrast', 'muted, earthy', 'vivid, saturated'];

/** Same image bytes (or seed, without an image), same description. */
function describeImage(ctx: LiveContext): string {
  const basis = firstImage(ctx.files);
  const n = basis ? parseInt(basis.fingerprint.slice(0, 8), 16) : ctx.seed;
  const { width, height } = basis ? basis.image : ctx.size;
  const shape = width === height ? 'square' : width > height ? 'landscape' : 'portrait';
  return `A ${shape} ${width}x${height} image of ${SUBJECTS[n % SUBJECTS.length]} in ${MOODS[(n >>> 8) % MOODS.length]} tones.`;
}
