import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@digdir/designsystemet-css';
import '../theme/varn.css';
import './app.css';
import { App } from './app';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
