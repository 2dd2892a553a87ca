/** Renderer entry: asks for persistent storage, then mounts the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { I18nProvider } from './app/i18n';
import { RegisterProvider } from './register/RegisterContext';
import { requestPersistentStorage } from './storage/persistence';
import './styles/app.css';

void requestPersistentStorage();

const root = document.getElementById('root');
if (!root) throw new Error('no #root element in index.html');
createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <RegisterProvider>
        <App />
      </RegisterProvider>
    </I18nProvider>
  </StrictMode>,
);
