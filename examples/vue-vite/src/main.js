import '@kith/tokens/tokens.css';
// Registers the Kith form elements; Vue then uses them like native elements.
import '@kith/forms/text-input.js';
import '@kith/forms/textarea.js';
import '@kith/forms/date-input.js';
import '@kith/forms/radios.js';
import '@kith/forms/checkboxes.js';
import '@kith/forms/choice.js';
import '@kith/forms/details.js';
import '@kith/forms/button.js';
import '@kith/forms/summary-list.js';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
