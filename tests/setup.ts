import '@testing-library/jest-dom/vitest';
import '../src/i18n/all-languages';
