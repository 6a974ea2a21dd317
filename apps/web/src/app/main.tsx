import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Inter in the weights the theme uses; Latin and Latin Extended cover Swedish and most names.
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-ext-400.css';
import '@fontsource/inter/latin-500.css';
import '@fontsource/inter/latin-ext-500.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-ext-600.css';
import '@fontsource/inter/latin-700.css';
import '@fontsource/inter/latin-ext-700.css';
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
