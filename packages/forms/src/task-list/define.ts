import { KithTaskList } from './task-list.js';

if (!customElements.get('kith-task-list')) customElements.define('kith-task-list', KithTaskList);

declare global {
  interface HTMLElementTagNameMap {
    'kith-task-list': KithTaskList;
  }
}

export { KithTaskList, type TaskListTask, type TaskStatus } from './task-list.js';
