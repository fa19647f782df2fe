/**
 * The closed vocabularies of the graph: node types, relation types and domains.
 * Registries are data (name, score, colour, keywords live next to each other), so a `switch` over one of
 * these unions is exhaustive and the UI builds its legends and filters from the same arrays.
 */

export const NODE_TYPES = ['country', 'organisation', 'programme', 'person'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export const RELATION_TYPES = ['agreement', 'cooperation', 'meeting', 'support', 'membership', 'tension', 'conflict'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const DOMAINS = [
  'defence',
  'security',
  'cyber',
  'space',
  'migration',
  'industry',
  'economy',
  'diplomacy',
  'climate',
  'humanitarian',
  'culture',
] as const;
export type Domain = (typeof DOMAINS)[number];

export interface RelationInfo {
  readonly type: RelationType;
  readonly label: string;
  /**
   * Position on a Goldstein-style cooperation–conflict scale (−10 … +10), after the CAMEO event codes it
   * stands for: e.g. 057 "sign formal agreement" +8.0, 04 "consult/meet" +1.0…+3.8, 07 "provide aid" +7.0,
   * 11 "disapprove" −2.0, 19 "fight" −10.
   */
  readonly score: number;
  readonly polarity: 'cooperative' | 'conflictual';
  readonly description: string;
}

export const RELATIONS: readonly RelationInfo[] = [
  { type: 'agreement', label: 'Agreement', score: 8, polarity: 'cooperative', description: 'signs, concludes or renews a formal agreement, treaty, memorandum or declaration (CAMEO 057)' },
  { type: 'support', label: 'Support', score: 7, polarity: 'cooperative', description: 'gives military, economic, humanitarian or political aid or assistance (CAMEO 07)' },
  { type: 'cooperation', label: 'Cooperation', score: 6, polarity: 'cooperative', description: 'works with, partners, collaborates, coordinates (CAMEO 06)' },
  { type: 'membership', label: 'Membership', score: 4, polarity: 'cooperative', description: 'is a member of, joins or takes part in an organisation or programme (CAMEO 05x)' },
  { type: 'meeting', label: 'Meeting', score: 3, polarity: 'cooperative', description: 'meets, visits, holds talks or discusses (CAMEO 04)' },
  { type: 'tension', label: 'Tension', score: -4, polarity: 'conflictual', description: 'criticises, accuses, sanctions, disputes or threatens (CAMEO 11–13, 16)' },
  { type: 'conflict', label: 'Conflict', score: -10, polarity: 'conflictual', description: 'attacks, invades, fights or wages war (CAMEO 18–20)' },
];

export interface DomainInfo {
  readonly domain: Domain;
  readonly label: string;
  /** Colour from a colour-blind-safe palette (Okabe–Ito extended with Paul Tol's "muted"); one per domain. */
  readonly colour: string;
}

export const DOMAIN_INFO: readonly DomainInfo[] = [
  { domain: 'defence', label: 'Defence', colour: '#0072B2' },
  { domain: 'security', label: 'Security', colour: '#56B4E9' },
  { domain: 'cyber', label: 'Cyber', colour: '#CC79A7' },
  { domain: 'space', label: 'Space', colour: '#332288' },
  { domain: 'migration', label: 'Migration', colour: '#E69F00' },
  { domain: 'industry', label: 'Industry', colour: '#882255' },
  { domain: 'economy', label: 'Economy', colour: '#009E73' },
  { domain: 'diplomacy', label: 'Diplomacy', colour: '#777777' },
  { domain: 'climate', label: 'Climate', colour: '#44AA99' },
  { domain: 'humanitarian', label: 'Humanitarian', colour: '#D55E00' },
  { domain: 'culture', label: 'Culture', colour: '#DDCC77' },
];

export const relationInfo = (type: RelationType): RelationInfo => RELATIONS.find((r) => r.type === type)!;
export const domainInfo = (domain: Domain): DomainInfo => DOMAIN_INFO.find((d) => d.domain === domain)!;
export const isConflictual = (type: RelationType): boolean => relationInfo(type).polarity === 'conflictual';
