import { spawnSync } from "node:child_process";

/** One machine of a district: a network namespace with its own address, its loopback its own. */
export interface Machine {
  readonly name: string;
  /** Its address on the district's network, e.g. `10.213.7.2`. */
  readonly address: string;
  /** What runs a command on it: `ip netns exec <name>`. */
  readonly run: readonly string[];
}

const ip = (...args: string[]) => {
  const result = spawnSync("ip", args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`ip ${args.join(" ")}: ${result.stderr || result.error?.message}`);
};

/**
 * Several machines on this one, as a district runs Brink on several (README, "Several machines"): Linux network
 * namespaces joined by a bridge. Each machine has its own address and its own loopback, so a process on one
 * reaches another machine only by that machine's address; this machine is the database and Redis host, at
 * `gateway`. Needs root (CAP_NET_ADMIN), as the test command has on these machines.
 */
export class Network {
  readonly gateway: string;
  /** The network, for a server's list of clients it trusts: `10.213.7.0/24`. */
  readonly subnet: string;
  readonly machines: Machine[] = [];
  readonly #bridge: string;

  private constructor(tag: string, octet: number) {
    this.#bridge = `brk${tag}`;
    this.gateway = `10.213.${octet}.1`;
    this.subnet = `10.213.${octet}.0/24`;
  }

  static start(count: number): Network {
    const tag = String(process.pid % 100_000);
    const network = new Network(tag, 1 + (process.pid % 250));
    try {
      network.#start(tag, count);
    } catch (error) {
      network.stop();
      throw error;
    }
    return network;
  }

  #start(tag: string, count: number): void {
    ip("link", "add", this.#bridge, "type", "bridge");
    ip("addr", "add", `${this.gateway}/24`, "dev", this.#bridge);
    ip("link", "set", this.#bridge, "up");
    for (let i = 0; i < count; i++) {
      const name = `brink-${tag}-${i}`;
      const address = this.gateway.replace(/\.1$/, `.${i + 2}`);
      ip("netns", "add", name);
      this.machines.push({ name, address, run: ["ip", "netns", "exec", name] });
      ip("link", "add", `brk${tag}h${i}`, "type", "veth", "peer", "name", `brk${tag}n${i}`);
      ip("link", "set", `brk${tag}h${i}`, "master", this.#bridge);
      ip("link", "set", `brk${tag}h${i}`, "up");
      ip("link", "set", `brk${tag}n${i}`, "netns", name);
      ip("-n", name, "addr", "add", `${address}/24`, "dev", `brk${tag}n${i}`);
      ip("-n", name, "link", "set", `brk${tag}n${i}`, "up");
      ip("-n", name, "link", "set", "lo", "up");
    }
  }

  /** Removes the machines and the bridge; their veth pairs go with their namespaces. */
  stop(): void {
    for (const machine of this.machines) spawnSync("ip", ["netns", "delete", machine.name]);
    spawnSync("ip", ["link", "delete", this.#bridge]);
  }
}
