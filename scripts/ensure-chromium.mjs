// Playwright cannot download browsers here, so the tests use Debian's Chromium. Install it when
// missing (as root with apt-get), and say plainly what to do when that is not possible.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

console.log(`Chromium not found at ${path}; installing Debian's chromium package…`);
const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
try {
	execSync(`${sudo}apt-get update -qq && ${sudo}apt-get install -y -qq chromium fonts-noto-cjk`, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
} catch {
	console.error(
		'Could not install Chromium. Install it yourself (apt-get install chromium) or set CHROMIUM_PATH.'
	);
	process.exit(1);
}
if (!existsSync(path)) {
	console.error(`apt-get finished but ${path} is still missing; set CHROMIUM_PATH.`);
	process.exit(1);
}
