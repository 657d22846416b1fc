// Renders the PWA icons (PNG + favicon.ico) from the SVG sources in public/icons/.
//
//   npx tsx scripts/render-icons.ts
//
// Uses Playwright's Chromium. Set CHROMIUM_PATH to use a system Chromium instead of the one
// Playwright downloads (`npx playwright install chromium`); /usr/bin/chromium is tried too.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/helpers/chromium';

const root = path.resolve(import.meta.dirname, '..');
const iconsDir = path.join(root, 'public', 'icons');

interface Target {
  /** SVG source, relative to public/icons/; `icon.svg#square` is icon.svg without rounded corners. */
  source: 'icon.svg' | 'icon.svg#square' | 'icon-maskable.svg';
  size: number;
  /** Output, relative to public/. */
  out: string;
  /** Keep transparent pixels (rounded corners); otherwise the SVG must be full-bleed. */
  transparent: boolean;
}

const targets: Target[] = [
  { source: 'icon.svg', size: 192, out: 'icons/icon-192.png', transparent: true },
  { source: 'icon.svg', size: 512, out: 'icons/icon-512.png', transparent: true },
  { source: 'icon-maskable.svg', size: 512, out: 'icons/icon-maskable-512.png', transparent: false },
  // iOS wants an opaque, full-bleed square and rounds the corners itself.
  { source: 'icon.svg#square', size: 180, out: 'icons/apple-touch-icon.png', transparent: false },
];

const faviconSizes = [16, 32, 48];

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
}

async function render(browser: Browser, svg: string, size: number, transparent: boolean): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  try {
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<img src="${src}" width="${size}" height="${size}" style="display:block" alt=""></body></html>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    return await page.screenshot({ type: 'png', omitBackground: transparent });
  } finally {
    await page.close();
  }
}

/** icon.svg with its rounded background made full-bleed (the background rect is marked with id="bg-shape"). */
function squareCorners(svg: string): string {
  const squared = svg.replace(/(<rect id="bg-shape"[^>]*?) rx="[^"]*"/, '$1');
  if (squared === svg) throw new Error('icon.svg: no <rect id="bg-shape" rx="…"> to square off');
  return squared;
}

/** An .ico file holding PNG images (supported by every browser since IE Vista-era). */
function pngsToIco(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  const entries: Buffer[] = [];
  let offset = 6 + 16 * images.length;
  for (const { size, png } of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // width
    entry.writeUInt8(size >= 256 ? 0 : size, 1); // height
    entry.writeUInt8(0, 2); // palette size
    entry.writeUInt8(0, 3); // reserved
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(entry);
  }
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

async function main() {
  const browser = await chromium.launch({ ...chromiumLaunchOptions, executablePath: chromiumPath() });
  try {
    const icon = await readFile(path.join(iconsDir, 'icon.svg'), 'utf8');
    const sources = {
      'icon.svg': icon,
      'icon.svg#square': squareCorners(icon),
      'icon-maskable.svg': await readFile(path.join(iconsDir, 'icon-maskable.svg'), 'utf8'),
    };
    for (const t of targets) {
      const png = await render(browser, sources[t.source], t.size, t.transparent);
      await writeFile(path.join(root, 'public', t.out), png);
      console.log(`public/${t.out} (${t.size}x${t.size}, ${png.length} bytes)`);
    }
    const favicons = [];
    for (const size of faviconSizes) {
      favicons.push({ size, png: await render(browser, sources['icon.svg'], size, true) });
    }
    const ico = pngsToIco(favicons);
    await writeFile(path.join(root, 'public', 'favicon.ico'), ico);
    console.log(`public/favicon.ico (${faviconSizes.join(', ')} px, ${ico.length} bytes)`);
  } finally {
    await browser.close();
  }
}

await main();
