import type { Operation } from '../../core/model/operations';
import type { VendorModule } from './vendor';
import { ideogram } from './ideogram';
import { yutoai } from './yutoai';
import { pixazo } from './pixazo';
import { magnific } from './magnific';
import { fal } from './fal';
import { falQueue } from './fal-queue';
import { falRest } from './fal-rest';
import { replicate } from './replicate/index';
import { kie } from './kie';
import { wavespeed } from './wavespeed';
import { together } from './together';
import { runware } from './runware';
import { specOnlyVendor } from './spec-only';
import { segmind } from './segmind';

/** The vendors the project knows, by the folder name of their spec (specs/<id>/openapi.yaml). */
const VENDORS: Readonly<Record<string, VendorModule>> = {
  ideogram,
  yutoai,
  pixazo,
  magnific,
  fal,
  'fal-queue': falQueue,
  'fal-rest': falRest,
  replicate,
  kie,
  wavespeed,
  together,
  segmind,
  runware,
};

/** The vendor's module, or for a spec the project does not know one built from that spec alone. */
export function vendorModule(provider: string, operations: Operation[]): VendorModule {
  return Object.hasOwn(VENDORS, provider) ? VENDORS[provider] : specOnlyVendor(operations);
}
