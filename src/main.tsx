import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DefaultApp } from './app';
import './styles/app.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <DefaultApp />
    </StrictMode>,
  );
}
