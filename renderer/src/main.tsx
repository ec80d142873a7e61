import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from 'react-aria-components';
import { z } from 'zod';
import { appLocale, setAppLocale } from '../../shared/dates/app-locale';
import { App } from './app/App';
import { call } from './bridge/call';
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

/*
 * Dates and times are written and entered in the system's locale, which the main side knows (the
 * OS's regional setting, not the language Chromium runs in, which its own date fields would
 * follow): asked once, before anything is drawn. react-aria's date and time fields take it from
 * the provider.
 */
function start(): void {
  createRoot(root!).render(
    <StrictMode>
      <I18nProvider locale={appLocale()}>
        <QueryClientProvider client={createQueryClient()}>
          <App />
        </QueryClientProvider>
      </I18nProvider>
    </StrictMode>,
  );
}

call('app:locale', {})
  .then(({ locale }) => setAppLocale(locale))
  // The bridge is never expected to fail; the window's own locale is the best left then.
  .catch(() => setAppLocale(navigator.language))
  .finally(start);
