import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { options } from 'preact';
import '@digdir/designsystemet-css';
import '../theme/varn.css';
import './app.css';
import { App } from './app';
import { preloadAreaOf } from './router';

// Preact stands in for React (ADR 015). React runs the effects of an update caused by the user
// before anything else happens; Preact would wait for the next frame. Pages rely on React's order
// (a dialog closes, then focus moves to what follows), so effects run right after each render.
options.requestAnimationFrame = (callback) => queueMicrotask(callback);

preloadAreaOf(window.location.pathname);

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
