// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { Core } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import ExportDialog from '../../../src/app/export/ExportDialog';
import { renderWithStore } from '../testUtils';

const exportPng = vi.fn();
const download = vi.fn();
vi.mock('../../../src/app/export/exportPng', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/app/export/exportPng')>()),
  exportPng: (...args: unknown[]) => exportPng(...args),
  download: (...args: unknown[]) => download(...args),
}));

const fakeCy = {} as Core;
const dialog = () => screen.getByRole('dialog', { name: 'Export PNG' });

describe('ExportDialog', () => {
  it('collects area, scale and background and passes them to the export', async () => {
    exportPng.mockResolvedValueOnce({ blob: new Blob(['png']), fileName: 'graph_2017-2024_all-domains.png', reducedTo: null });
    const { user } = renderWithStore(<ExportDialog cy={fakeCy} onClose={() => {}} />);
    expect(within(dialog()).getByRole('radio', { name: 'Current view' })).toBeChecked();
    await user.click(within(dialog()).getByRole('radio', { name: 'Whole graph' }));
    await user.click(within(within(dialog()).getByRole('group', { name: 'Scale' })).getByRole('radio', { name: '4×' }));
    await user.click(within(within(dialog()).getByRole('group', { name: 'Background' })).getByRole('radio', { name: 'Transparent' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Download PNG' }));
    expect(exportPng).toHaveBeenCalledWith(fakeCy, { full: true, scale: 4, background: 'transparent' }, expect.anything(), { from: 2017, to: 2024 });
    expect(download).toHaveBeenCalledWith(expect.any(Blob), 'graph_2017-2024_all-domains.png');
    expect(within(dialog()).getByRole('status')).toHaveTextContent('Saved graph_2017-2024_all-domains.png');
  });

  it('keeps Tab inside the dialog, as a modal dialog does', async () => {
    const { user } = renderWithStore(
      <>
        <button type="button">Before</button>
        <ExportDialog cy={fakeCy} onClose={() => {}} />
        <button type="button">After</button>
      </>,
    );
    const close = within(dialog()).getByRole('button', { name: 'Close' });
    close.focus();
    await user.tab();
    expect(within(dialog()).getByRole('radio', { name: 'Current view' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(close).toHaveFocus();
  });

  it('tells the user when the scale was reduced', async () => {
    exportPng.mockResolvedValueOnce({ blob: new Blob(['png']), fileName: 'g.png', reducedTo: 1.37 });
    const { user } = renderWithStore(<ExportDialog cy={fakeCy} onClose={() => {}} />);
    await user.click(within(dialog()).getByRole('button', { name: 'Download PNG' }));
    expect(within(dialog()).getByRole('status')).toHaveTextContent("exceed the browser's canvas limits at 2×, so it was scaled down to 1.37×");
  });

  it('tells the user when a whole-graph export was capped in size', async () => {
    exportPng.mockResolvedValueOnce({ blob: new Blob(['png']), fileName: 'g.png', reducedTo: null, cappedTo: 0.37 });
    const { user } = renderWithStore(<ExportDialog cy={fakeCy} onClose={() => {}} />);
    await user.click(within(dialog()).getByRole('button', { name: 'Download PNG' }));
    expect(within(dialog()).getByRole('status')).toHaveTextContent('scaled down to 0.37× (at most 2 megapixels). Saved g.png.');
  });

  it('shows an export failure as an alert and closes on Escape', async () => {
    exportPng.mockRejectedValueOnce(new Error('The browser could not draw an image this large.'));
    const onClose = vi.fn();
    const { user } = renderWithStore(<ExportDialog cy={fakeCy} onClose={onClose} />);
    await user.click(within(dialog()).getByRole('button', { name: 'Download PNG' }));
    expect(within(dialog()).getByRole('alert')).toHaveTextContent('could not draw an image this large');
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalled();
  });
});
