/**
 * Renderer entry: asks for persistent storage, then mounts the app once its database is open. The storage gate
 * refuses a database written by a newer version before anything touches it; an error boundary around everything
 * turns any failure into a message with a way out instead of a blank page.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { I18nProvider } from './app/i18n';
import { platform } from './platform/currentPlatform';
import { RegisterProvider } from './register/RegisterContext';
import { ErrorBoundary } from './safety/ErrorBoundary';
import { StorageGate } from './safety/StorageGate';
import { db } from './storage/database';
import { requestPersistentStorage } from './storage/persistence';
import './styles/app.css';

void requestPersistentStorage();

const appVersion = () => platform.appInfo().then((info) => info.version);

const root = document.getElementById('root');
if (!root) throw new Error('no #root element in index.html');
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <ErrorBoundary>
        <StorageGate db={db} appVersion={appVersion} saveFile={(request) => platform.saveFile(request)}>
          <RegisterProvider>
            <App />
          </RegisterProvider>
        </StorageGate>
      </ErrorBoundary>
    </I18nProvider>
  </StrictMode>,
);
