// Entry point of the renderer, the same build for the desktop app and browser mode.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/forms.css';
import './styles/badges.css';
import './styles/menu-select.css';
import './styles/feedback.css';
import './styles/prose.css';
import './styles/lists.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
createRoot(container).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
