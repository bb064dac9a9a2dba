import type { Mount } from '../core/model/operations';

export interface BannerFacts {
  origin: string;
  mounts: Mount[];
  /** Vendors with an origin of their own (`--vendor-ports`). */
  vendorOrigins: { mount: Mount; origin: string }[];
  certificateFile?: string;
}

/** What `npm start` prints: where each vendor is, by prefix and on its own origin, and the pages. */
export function banner({ origin, mounts, vendorOrigins, certificateFile }: BannerFacts): string {
  const lines = [`Ideogram-compatible mock listening on ${origin}`];
  for (const mount of mounts) {
    const standsFor = mount.relay?.server || (mount.host ? `https://${mount.host}` : '');
    lines.push(`  ${mount.label.padEnd(10)} ${origin}${mount.prefix}${standsFor ? `   (stands for ${standsFor})` : ''}`);
    for (const own of vendorOrigins.filter((v) => v.mount === mount))
      lines.push(`  ${''.padEnd(10)} ${own.origin}   (its own origin: paths without ${mount.prefix})`);
  }
  lines.push(
    `  unprefixed paths on ${origin} go to the one vendor that serves them (for clients that take only an origin); a path several vendors serve gets a 404 naming their prefixes`,
  );
  lines.push(`  admin      ${origin}/__admin (dashboard: ${origin}/__admin/ui, API reference: ${origin}/__docs)`);
  if (certificateFile) lines.push(`  certificate written to ${certificateFile}`);
  return lines.join('\n') + '\n';
}
