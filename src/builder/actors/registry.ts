/**
 * The actors a build has found: one record per node, with the surface forms seen for it.
 */
import type { Domain, NodeType } from '../../model/vocabulary';

export interface ActorRecord {
  readonly id: string;
  readonly label: string;
  readonly type: NodeType;
  /** Domains an edge to this actor always has (from the lexicon: NATO → defence). */
  readonly domains: readonly Domain[];
  /** For a person: the actor they act for (a country, or an organisation), when known. */
  actsFor?: string;
}

export class ActorRegistry {
  private readonly records = new Map<string, ActorRecord>();
  private readonly seen = new Map<string, Set<string>>();

  define(record: ActorRecord): ActorRecord {
    const existing = this.records.get(record.id);
    if (existing) return existing;
    this.records.set(record.id, record);
    return record;
  }

  get(id: string): ActorRecord | undefined {
    return this.records.get(id);
  }

  /** Records that `surface` was found in prose for this actor: the node will exist, with this alias. */
  noteSeen(id: string, surface: string): void {
    const aliases = this.seen.get(id);
    if (aliases) aliases.add(surface);
    else this.seen.set(id, new Set([surface]));
  }

  seenActors(): { record: ActorRecord; aliases: string[] }[] {
    return [...this.seen.entries()]
      .map(([id, aliases]) => ({ record: this.records.get(id)!, aliases: [...aliases].sort() }))
      .filter((a) => a.record !== undefined);
  }
}
