// GNU parallel across ssh hosts (`parallel --pipe -S :,host1,host2`), as the README shows it: two
// "hosts" made by the test itself, each a network namespace with its own address and its own sshd,
// run `newsq quotes --input jsonl --with-entities` on their blocks of the corpus; `newsq speakers`
// reduces the output here and equals one process's view. The hosts share this machine's files, so
// newsq is "installed" on them at the same path. Needs root, `ip netns`, sshd, ssh-keygen and GNU
// parallel (.ci/run installs openssh-server and parallel); elsewhere it is skipped with a note.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnAsync } from '../helpers/spawn.js';
import { jsonlCorpus } from '../helpers/jsonl-corpus.js';

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' });
const ok = (cmd: string, args: string[]) => run(cmd, args).status === 0;

/** Can this machine make the two hosts? Each missing piece is named in the note. */
function missing(): string[] {
  const out: string[] = [];
  if (process.getuid?.() !== 0) out.push('root');
  if (!existsSync('/usr/sbin/sshd')) out.push('sshd (apt-get install openssh-server)');
  if (run('ssh-keygen', ['-?']).error) out.push('ssh-keygen');
  if (!ok('parallel', ['--version'])) out.push('GNU parallel (apt-get install parallel)');
  const probe = `newsq-probe-${process.pid}`;
  if (!ok('ip', ['netns', 'add', probe])) out.push('ip netns');
  else run('ip', ['netns', 'del', probe]);
  return out;
}

const lacking = missing();
if (lacking.length) console.warn(`note: skipping the GNU parallel -S test (two ssh hosts in network namespaces): missing ${lacking.join(', ')}`);

const NEWSQ = `node ${join(process.cwd(), 'bin', 'newsq.js')}`;
const dir = mkdtempSync(join(tmpdir(), 'newsq-hosts-'));
const tag = String(process.pid % 10000);
const net = `10.${100 + (process.pid % 100)}`;
const hosts = [1, 2].map((i) => ({ ns: `newsq-${tag}-${i}`, hostIf: `nq${tag}h${i}`, nsIf: `nq${tag}n${i}`, addr: `${net}.${i}.2`, gw: `${net}.${i}.1`, pidFile: join(dir, `sshd${i}.pid`) }));
const SSH = `ssh -i ${join(dir, 'id')} -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes -o LogLevel=ERROR`;

function must(cmd: string, args: string[]): void {
  const r = run(cmd, args);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr || r.error}`);
}

describe.skipIf(lacking.length > 0)('GNU parallel across ssh hosts', () => {
  beforeAll(() => {
    must('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'id')]);
    must('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'hostkey')]);
    copyFileSync(join(dir, 'id.pub'), join(dir, 'authorized_keys'));
    chmodSync(join(dir, 'authorized_keys'), 0o600);
    mkdirSync('/run/sshd', { recursive: true });
    for (const h of hosts) {
      must('ip', ['netns', 'add', h.ns]);
      must('ip', ['link', 'add', h.hostIf, 'type', 'veth', 'peer', 'name', h.nsIf]);
      must('ip', ['link', 'set', h.nsIf, 'netns', h.ns]);
      must('ip', ['addr', 'add', `${h.gw}/24`, 'dev', h.hostIf]);
      must('ip', ['link', 'set', h.hostIf, 'up']);
      must('ip', ['netns', 'exec', h.ns, 'ip', 'addr', 'add', `${h.addr}/24`, 'dev', h.nsIf]);
      must('ip', ['netns', 'exec', h.ns, 'ip', 'link', 'set', h.nsIf, 'up']);
      must('ip', ['netns', 'exec', h.ns, 'ip', 'link', 'set', 'lo', 'up']);
      // sshd daemonizes once it listens; its pid file is how it is stopped.
      must('ip', ['netns', 'exec', h.ns, '/usr/sbin/sshd', '-f', '/dev/null', '-h', join(dir, 'hostkey'),
        '-o', `ListenAddress=${h.addr}`, '-o', `AuthorizedKeysFile=${join(dir, 'authorized_keys')}`, '-o', 'StrictModes=no',
        '-o', 'PermitRootLogin=prohibit-password', '-o', 'UsePAM=no', '-o', `PidFile=${h.pidFile}`, '-E', join(dir, `sshd-${h.ns}.log`)]);
    }
  });

  afterAll(() => {
    for (const h of hosts) {
      try { process.kill(Number(readFileSync(h.pidFile, 'utf8')), 'SIGTERM'); } catch { /* not started */ }
      run('ip', ['netns', 'del', h.ns]); // takes the veth pair with it
      run('ip', ['link', 'del', h.hostIf]);
    }
  });

  test('parallel --pipe -S :,host1,host2 maps, newsq speakers reduces: the view of one process', async () => {
    const input = join(dir, 'corpus.jsonl');
    writeFileSync(input, jsonlCorpus(6));
    const hostsLog = join(dir, 'hosts.log');
    // Each job notes where it ran (SSH_CONNECTION names the host's address; empty on this machine).
    const map = `echo "ran on \${SSH_CONNECTION:-local}" >> ${hostsLog}; ${NEWSQ} quotes --input jsonl --jobs 1 --with-entities -q`;
    const sharded = await spawnAsync('sh', ['-c',
      `parallel --pipe --block 5k -j 1 -S :,root@${hosts[0].addr},root@${hosts[1].addr} --ssh '${SSH}' '${map.replace(/'/g, `'\\''`)}' < ${input} | ${NEWSQ} speakers --json`]);
    expect(sharded.status, sharded.stderr).toBe(0);
    const single = await spawnAsync('sh', ['-c', `${NEWSQ} speakers --input jsonl --jobs 1 --json < ${input}`]);
    expect(single.status).toBe(0);
    expect(sharded.stdout.split('\n').filter(Boolean).length).toBeGreaterThan(3);
    expect(sharded.stdout).toBe(single.stdout);
    const ran = readFileSync(hostsLog, 'utf8');
    for (const h of hosts) expect(ran, `a job ran on ${h.addr}`).toContain(` ${h.addr} `);
  });
});
