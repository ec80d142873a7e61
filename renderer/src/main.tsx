import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/App';
import { createQueryClient } from './app/create-query-client';
import './theme/fonts';
import './theme/tokens.css';
import './theme/base.css';
import './theme/layout.css';
import './theme/print.css';

// zod compiles fast parsers with `new Function` when it can; our CSP forbids eval, so it would probe,
// be refused and report a CSP violation. Its plain parser is quick enough for form-sized input.
z.config({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
