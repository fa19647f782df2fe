// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { loadGraphFromFile, loadGraphFromUrl } from '../../src/app/loading/loadGraph';
import { smallGraph } from '../fixtures/smallGraph';
import { renderWithStore } from './testUtils';

// cytoscape cannot draw in jsdom; the canvas has its own headless tests.
vi.mock('../../src/app/canvas/GraphCanvas', () => ({ default: () => <div role="application" aria-label="Network graph" /> }));

const respond = (body: string, status = 200) => vi.fn(async () => new Response(body, { status, statusText: status === 200 ? 'OK' : 'Not Found' }));

describe('App shell', () => {
  it('loads a graph from a URL and reports what it shows', async () => {
    const { store } = renderWithStore(<App />, { graph: null });
    await act(() => loadGraphFromUrl(store, '/graph.json', respond(JSON.stringify(smallGraph))));
    expect(screen.getByRole('status')).toHaveTextContent(`Showing ${smallGraph.edges.length} of ${smallGraph.edges.length} relationships and ${smallGraph.nodes.length} of ${smallGraph.nodes.length} actors`);
    expect(await screen.findByRole('application', { name: 'Network graph' })).toBeInTheDocument();
  });

  it('names the URL and the HTTP problem when the file is missing', async () => {
    const { store } = renderWithStore(<App />, { graph: null });
    await act(() => loadGraphFromUrl(store, '/missing.json', respond('nope', 404)));
    expect(screen.getByRole('alert')).toHaveTextContent('Could not open /missing.json: the server answered 404 Not Found.');
  });

  it('names the file and each schema problem when a picked file is not a graph', async () => {
    const { store } = renderWithStore(<App />, { graph: null });
    const bad = { ...smallGraph, edges: [{ ...smallGraph.edges[0]!, target: 'NOWHERE' }] };
    await act(() => loadGraphFromFile(store, new File([JSON.stringify(bad)], 'broken.json')));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Could not open broken.json: it is not a valid graph file.');
    expect(alert).toHaveTextContent('edges.0.target: unknown node "NOWHERE"');
  });

  it('says when a file is not JSON at all', async () => {
    const { store } = renderWithStore(<App />, { graph: null });
    await act(() => loadGraphFromFile(store, new File(['{oops'], 'notjson.json')));
    expect(screen.getByRole('alert')).toHaveTextContent(/Could not open notjson\.json: .*not JSON/);
  });

  it('offers a reset when nothing matches', async () => {
    const { store, user } = renderWithStore(<App />);
    act(() => store.getState().actions.setAllDomains(false));
    expect(screen.getByText('No relationships match these filters.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`Showing 0 of ${smallGraph.edges.length} relationships`);
    await user.click(screen.getAllByRole('button', { name: 'Reset filters' })[0]!);
    expect(screen.queryByText('No relationships match these filters.')).not.toBeInTheDocument();
  });
});
