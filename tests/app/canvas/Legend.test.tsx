// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Legend } from '../../../src/app/canvas/Legend';

afterEach(cleanup);

describe('Legend', () => {
  it('explains dashed conflict edges on a normal graph, with no simplified-drawing note', () => {
    render(<Legend />);
    expect(screen.getByRole('list', { name: 'Line styles' })).toHaveTextContent('Tension or conflict (dashed, bar at the target)');
    expect(screen.queryByText(/Simplified drawing/)).toBeNull();
  });
  it('says when the drawing is simplified for a large graph, and how conflict is shown then', () => {
    render(<Legend simplified />);
    expect(screen.getByRole('list', { name: 'Line styles' })).toHaveTextContent('Tension or conflict (black)');
    expect(screen.getByText(/Simplified drawing for large graphs \(3,000\+ relationships\)/)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Line styles' })).toHaveTextContent('Several domains');
  });
});
