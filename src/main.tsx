/** Entry point: the store from the URL, the graph loaded, the app rendered. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, prefetchCanvas } from './app/App';
import { DEFAULT_GRAPH_URL, loadGraphFromUrl } from './app/loading/loadGraph';
import { createAppStore } from './app/store/createAppStore';
import { StoreProvider } from './app/store/StoreProvider';
import { decodeUrlState } from './model/urlState';
import './app/styles.css';

const store = createAppStore();
const { state: urlState, notices } = decodeUrlState(window.location.search);
store.getState().actions.applyUrlState(urlState, notices);
void loadGraphFromUrl(store, urlState.graph ?? DEFAULT_GRAPH_URL);
prefetchCanvas();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App syncUrl />
    </StoreProvider>
  </StrictMode>,
);
