// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Legend } from '../../../src/app/canvas/Legend';

afterEach(cleanup);

/** Renders the legend and opens it as a user would, with the "Legend" button. */
async function openLegend(simplified?: boolean) {
  render(<Legend simplified={simplified} />);
  await userEvent.setup().click(screen.getByRole('button', { name: 'Legend' }));
}

describe('Legend', () => {
  it('starts collapsed behind a "Legend" button, so it hides nothing on the first view', () => {
    render(<Legend />);
    expect(screen.getByRole('button', { name: 'Legend' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list', { name: 'Line styles' })).toBeNull();
  });
  it('opens and closes from the keyboard, saying whether it is expanded', async () => {
    render(<Legend />);
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Legend' });
    await user.tab();
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('region', { name: 'Legend' })).toHaveAttribute('id', button.getAttribute('aria-controls'));
    expect(screen.getByRole('list', { name: 'Actor types' })).toHaveTextContent('Country');
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list', { name: 'Actor types' })).toBeNull();
  });
  it('explains dashed conflict edges on a normal graph, with no simplified-drawing note', async () => {
    await openLegend();
    expect(screen.getByRole('list', { name: 'Line styles' })).toHaveTextContent('Tension or conflict (dashed, bar at the target)');
    expect(screen.queryByText(/Simplified drawing/)).toBeNull();
  });
  it('says when the drawing is simplified for a large graph, and how conflict is shown then', async () => {
    await openLegend(true);
    expect(screen.getByRole('list', { name: 'Line styles' })).toHaveTextContent('Tension or conflict (black)');
    expect(screen.getByText(/Simplified drawing for large graphs \(3,000\+ relationships\)/)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Line styles' })).toHaveTextContent('Several domains');
  });
});
