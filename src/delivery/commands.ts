// CLI commands of delivery: `psvis verify-export FILE.zip [--public-key FILE]` and
// `psvis key --public`. The lead wires them into src/cli/main.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadOrCreateInstallationKey } from '../audit/installation-key.ts';
import { verifyExport } from './export/verify-export.ts';

/** Where a command prints. */
export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
}

/** `psvis verify-export FILE.zip [--public-key FILE]`: exit 0 when the package verifies, 1 with the reason. */
export async function runVerifyExportCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'public-key': { type: 'string' }, help: { type: 'boolean' } },
  });
  const file = positionals[0];
  if (values.help === true || file === undefined || positionals.length > 1) {
    io.err('usage: psvis verify-export FILE.zip [--public-key FILE]  (the key from `psvis key --public`)');
    return values.help === true ? 0 : 2;
  }
  let pem: string | undefined;
  if (values['public-key'] !== undefined) {
    try {
      pem = readFileSync(values['public-key'], 'utf8');
    } catch (err) {
      io.err(`verify-export: cannot read ${values['public-key']}: ${(err as Error).message}`);
      return 1;
    }
  }
  const verdict = await verifyExport(file, pem);
  if (!verdict.ok) {
    io.err(`verify-export: FAILED: ${verdict.reason}`);
    return 1;
  }
  const m = verdict.manifest;
  io.out(`verify-export: OK ${file}`);
  io.out(`  camera ${m.camera.name} (${m.camera.deviceId}), ${m.range.from} – ${m.range.to}`);
  io.out(`  footage.mp4 sha256 ${m.footage.sha256}, ${m.sources.length} source file(s)`);
  if (m.watermarked !== undefined) {
    io.out(`  ${m.watermarked.file} sha256 ${m.watermarked.sha256} (derived, transcoded copy: ${m.watermarked.text})`);
  }
  io.out(`  exported by ${m.exportedBy.displayName} (${m.exportedBy.orgName}) at ${m.createdAt}`);
  io.out(`  purpose: ${m.purpose}; destination: ${m.destination}`);
  if (verdict.keySource === 'package') {
    // The package's own key proves integrity, not origin: anyone can re-sign with another key.
    io.out(
      `  signed by key ${verdict.keyId} taken from the package: compare it with \`psvis key --public\` of the installation, or pass --public-key`,
    );
  } else {
    io.out(`  signed by installation key ${verdict.keyId}`);
  }
  return 0;
}

/** `psvis key --public`: prints the installation's Ed25519 public key (PEM) of `dataDir`. */
export function runKeyCommand(args: string[], io: CommandIo, dataDir: string): number {
  const { values } = parseArgs({ args, options: { public: { type: 'boolean' }, help: { type: 'boolean' } } });
  if (values.public !== true) {
    io.err('usage: psvis key --public  (prints the installation public key that verifies exports and checkpoints)');
    return values.help === true ? 0 : 2;
  }
  const key = loadOrCreateInstallationKey(join(dataDir, 'keys'));
  io.out(key.publicKeyPem.trimEnd());
  io.err(`key id ${key.keyId}`);
  return 0;
}
