// CPU time of the processes a measurement runs on, from Linux's /proc: unlike wall times it hardly
// depends on what else the machine does, so it is the steadier figure on a busy machine.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

let ticks: number | undefined;
const msProTick = () => {
  ticks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return 1000 / ticks;
};

const linux = process.platform === 'linux';

/** utime + stime of one process (all its threads), ms; null when it is gone or not Linux. */
function prozessCpu(pid: number): number | null {
  if (!linux) return null;
  try {
    const felder = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(felder[11]) + Number(felder[12])) * msProTick();
  } catch {
    return null;
  }
}

function allePids(): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .map(Number);
}

/**
 * CPU per process, ms. A difference of two is taken per process (see `cpuDifferenz`): a process
 * that ended in between (an idle pool connection closed) then takes its time along instead of
 * making the sum shrink.
 */
export type CpuStand = Map<number, number>;

/** CPU spent between two readings: per process, new processes in full, ended ones lost. */
export function cpuDifferenz(vorher: CpuStand | null, nachher: CpuStand | null): number | null {
  if (!vorher || !nachher) return null;
  let summe = 0;
  for (const [pid, ms] of nachher) summe += Math.max(0, ms - (vorher.get(pid) ?? 0));
  return summe;
}

/** A process and its descendants (the API's cluster primary and its workers). */
export function prozessbaumCpu(wurzel: number): CpuStand | null {
  if (!linux) return null;
  const eltern = new Map<number, number>();
  for (const pid of allePids()) {
    try {
      const nachKlammer = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      eltern.set(pid, Number(nachKlammer[1]));
    } catch {
      // ended meanwhile
    }
  }
  const baum = new Set([wurzel]);
  let gewachsen = true;
  while (gewachsen) {
    gewachsen = false;
    for (const [pid, ppid] of eltern)
      if (!baum.has(pid) && baum.has(ppid)) {
        baum.add(pid);
        gewachsen = true;
      }
  }
  const stand: CpuStand = new Map();
  for (const pid of baum) {
    const ms = prozessCpu(pid);
    if (ms !== null) stand.set(pid, ms);
  }
  return stand;
}

/** The PostgreSQL backends serving database `name` (their process titles name it); null when not Linux. */
export function postgresCpu(name: string | undefined): CpuStand | null {
  if (!linux || !name) return null;
  const stand: CpuStand = new Map();
  for (const pid of allePids()) {
    try {
      const titel = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!titel.startsWith('postgres:') || !titel.includes(` ${name} `)) continue;
      const ms = prozessCpu(pid);
      if (ms !== null) stand.set(pid, ms);
    } catch {
      // ended meanwhile
    }
  }
  return stand;
}

/** This process, all threads (with PGlite: the database too). */
export const eigeneCpu = (): CpuStand => {
  const u = process.cpuUsage();
  return new Map([[process.pid, (u.user + u.system) / 1000]]);
};

/** Where a candidate's CPU time is read: the server's processes and the database's. */
export interface CpuQuelle {
  server(): CpuStand | null;
  datenbank(): CpuStand | null;
}

export const datenbankName = (url: string | undefined) => (url ? new URL(url).pathname.slice(1) : undefined);
