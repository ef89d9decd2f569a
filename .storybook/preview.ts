import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setLocale, isKithLocale } from '@kith/core';
import '@kith/tokens/tokens.css';
import '@kith/tokens/themes/example-la.css';
import './preview.css';
import manifest from './custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en-GB', title: 'English' },
          { value: 'cy', title: 'Cymraeg' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Token theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Kith default' },
          { value: 'example-la', title: 'Example local authority' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-GB', theme: 'default' },
  loaders: [
    async ({ globals }) => {
      const locale = isKithLocale(globals.locale) ? globals.locale : 'en-GB';
      await setLocale(locale);
      document.documentElement.lang = locale;
      if (globals.theme === 'default') delete document.documentElement.dataset.kithTheme;
      else document.documentElement.dataset.kithTheme = String(globals.theme);
      return {};
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    options: { storySort: { order: ['Introduction', 'Forms', 'Offline', 'Chronology', 'Consent', 'Patterns'] } },
  },
  tags: ['autodocs'],
};
export default preview;
