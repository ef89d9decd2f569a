export { KithTextInput } from './text-input/define.js';
