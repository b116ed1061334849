import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/app.css';

// Everything but React loads as a second chunk (bank, engine, Zod, screens): the first
// download stays within its budget, and the request starts as soon as this module runs.
const DefaultApp = lazy(() => import('./app').then((module) => ({ default: module.DefaultApp })));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Suspense
        fallback={
          <div className="app">
            <header className="site-header">
              <span className="site-name">Role Fit</span>
            </header>
            <main className="main">
              <p className="loading">Loading the questions…</p>
            </main>
          </div>
        }
      >
        <DefaultApp />
      </Suspense>
    </StrictMode>,
  );
}
