/**
 * TRUST_PROXY: "loopback" (default: a proxy on the same host), a number of proxy hops in front of
 * the app (e.g. "1" behind one load balancer), or a comma-separated list of addresses/CIDRs of the
 * load balancers. Never "true" unless every request passes a proxy that overwrites the header:
 * otherwise a client sets its own X-Forwarded-For and escapes every per-address limit.
 */
export function trustProxySetting(value: string | undefined): string | number | string[] {
  const v = (value ?? '').trim();
  if (!v) return 'loopback';
  if (/^\d+$/.test(v)) return Number(v);
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
