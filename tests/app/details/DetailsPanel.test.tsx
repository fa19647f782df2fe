// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DetailsPanel } from '../../../src/app/details/DetailsPanel';
import { SCHEMA_VERSION, type Graph } from '../../../src/model/schema';
import { smallGraph } from '../../fixtures/smallGraph';
import { renderWithStore } from '../testUtils';

const details = () => screen.getByRole('region', { name: 'Details' });

describe('DetailsPanel', () => {
  it('invites a selection when nothing is selected', () => {
    renderWithStore(<DetailsPanel />);
    expect(details()).toHaveTextContent('Select an actor or a relationship');
  });

  it('shows a node: heading, type, aliases, relationships by partner, documents', async () => {
    const { user, store } = renderWithStore(<DetailsPanel />, { initial: {} });
    act(() => store.getState().actions.select({ kind: 'node', id: 'UKR' }));
    expect(within(details()).getByRole('heading', { name: 'Ukraine', level: 2 })).toBeInTheDocument();
    expect(details()).toHaveTextContent('TypeCountry');
    expect(details()).toHaveTextContent('AliasesKyiv, Ukraine');
    const partners = within(details()).getByRole('list', { name: 'Relationships by partner' });
    expect(within(partners).getByRole('button', { name: 'Russia' })).toBeInTheDocument();
    expect(partners).toHaveTextContent('Conflict · 2022 · Defence, Security');
    const documents = within(details()).getByRole('list', { name: 'Documents' });
    expect(within(documents).getAllByRole('listitem')).toHaveLength(2);
    await user.click(within(partners).getByRole('button', { name: /^Conflict with Russia/ }));
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'e8' });
  });

  it('shows an edge: heading, relation, domains, year and each evidence sentence with the actors marked', () => {
    const { store } = renderWithStore(<DetailsPanel />);
    act(() => store.getState().actions.select({ kind: 'edge', id: 'e8' }));
    expect(within(details()).getByRole('heading', { name: 'Russia — Ukraine' })).toBeInTheDocument();
    expect(details()).toHaveTextContent('RelationConflict');
    expect(details()).toHaveTextContent('DomainsDefence, Security');
    expect(details()).toHaveTextContent('Year2022');
    const evidence = within(details()).getByRole('list', { name: 'Evidence' });
    const items = within(evidence).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect([...items[0]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Russia', 'Ukraine']);
    expect([...items[1]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Russia', 'Kyiv']);
    expect(items[0]).toHaveTextContent('Statement on the invasion of Ukraine · 2022-02-24 · NATO');
    expect(within(items[0]!).getByRole('link', { name: /Open source document/ })).toHaveAttribute('href', 'https://example.org/2022');
  });

  it('renders evidence as text, never as HTML, and drops unsafe links', () => {
    const graph: Graph = {
      schemaVersion: SCHEMA_VERSION,
      documents: [{ id: 'd', title: '<b>Title</b>', date: '2020', url: 'javascript:alert(1)' }],
      nodes: [
        { id: 'a', label: 'Alpha', type: 'country', aliases: [] },
        { id: 'b', label: 'Beta', type: 'country', aliases: [] },
      ],
      edges: [{ id: 'x', source: 'a', target: 'b', relation: 'meeting', domains: ['diplomacy'], year: 2020, weight: 1, evidence: [{ documentId: 'd', sentence: 'Alpha <img src=x onerror="alert(1)"> met Beta', start: 0, end: 10 }] }],
    };
    const { store } = renderWithStore(<DetailsPanel />, { graph });
    act(() => store.getState().actions.select({ kind: 'edge', id: 'x' }));
    const evidence = within(details()).getByRole('list', { name: 'Evidence' });
    expect(evidence.querySelector('img')).toBeNull();
    expect(evidence.querySelector('b')).toBeNull();
    expect(evidence).toHaveTextContent('Alpha <img src=x onerror="alert(1)"> met Beta');
    expect(within(evidence).queryByRole('link')).toBeNull();
  });

  it('shows an undated edge as undated', () => {
    const { store } = renderWithStore(<DetailsPanel />);
    act(() => store.getState().actions.select({ kind: 'edge', id: smallGraph.edges.find((e) => e.year === null)!.id }));
    expect(details()).toHaveTextContent('Yearundated');
  });
});
