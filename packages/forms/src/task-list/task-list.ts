import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { KithElement, classes, focusStyles, oneOf, toText } from '@kith/core';
import { safeHref } from '@kith/core';
import { tagStyles } from '../tag/tag.styles.js';
import { taskListStyles } from './task-list.styles.js';

export const TASK_STATUSES = ['not-started', 'in-progress', 'completed', 'cannot-start-yet'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** One task of an assessment or plan. */
export interface TaskListTask {
  /** What the task is, for example "Family and environmental factors". Required. */
  title: string;
  /** not-started, in-progress, completed or cannot-start-yet. Anything else is not-started. */
  status: TaskStatus;
  /** The task's page. http, https or relative only; ignored while the task cannot start yet. */
  href?: string;
  /** A short hint under the title, for example "Needs the child's views first". */
  hint?: string;
  /** Replaces the status text for this task, for local wording. */
  statusText?: string;
}

/** Checks tasks given by a page; throws a TypeError naming the field that is wrong. */
export function checkTasks(value: unknown): TaskListTask[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new TypeError('kith-task-list: tasks must be an array of { title, status } objects');
  return value.map((task: unknown, index) => {
    if (typeof task !== 'object' || task === null) throw new TypeError(`kith-task-list: tasks[${index}] must be an object`);
    const { title, status, href, hint, statusText } = task as Record<string, unknown>;
    if (!toText(title).trim()) throw new TypeError(`kith-task-list: tasks[${index}].title must be a non-empty string`);
    const checked: TaskListTask = { title: toText(title), status: oneOf(status, TASK_STATUSES, 'not-started') };
    const link = checked.status === 'cannot-start-yet' ? '' : safeHref(href, `kith-task-list tasks[${index}].href`);
    if (link) checked.href = link;
    if (toText(hint)) checked.hint = toText(hint);
    if (toText(statusText)) checked.statusText = toText(statusText);
    return checked;
  });
}

/** Reads the `tasks` attribute as JSON, so server-rendered pages can set tasks without a script. */
const tasksConverter = {
  fromAttribute(value: string | null): unknown {
    // An empty attribute, as a server template writes for an empty list, means none.
    if (value === null || !value.trim()) return [];
    try {
      return JSON.parse(value);
    } catch {
      throw new TypeError('kith-task-list: the tasks attribute must be a JSON array of { title, status } objects');
    }
  },
};

function statusText(status: TaskStatus): string {
  switch (status) {
    case 'in-progress':
      return msg('In progress', { id: 'kith.task-list.in-progress', desc: 'Status of a task the user has started' });
    case 'completed':
      return msg('Completed', { id: 'kith.task-list.completed', desc: 'Status of a finished task' });
    case 'cannot-start-yet':
      return msg('Cannot start yet', { id: 'kith.task-list.cannot-start-yet', desc: 'Status of a task that depends on another' });
    default:
      return msg('Not started', { id: 'kith.task-list.not-started', desc: 'Status of a task the user has not begun' });
  }
}

/**
 * The tasks of an assessment or plan and how far each has got, so a social worker can see
 * what is left and go straight to it.
 *
 * Tasks come from data: set the `tasks` property to an array of `{ title, status, href?, hint?, statusText? }`,
 * or the `tasks` attribute to the same array as JSON. As in GOV.UK's task list, statuses that
 * need action are tags (not started: blue; in progress: light blue) while "Completed" and
 * "Cannot start yet" are plain text, so what is left stands out and nothing done looks alarming.
 * Each task is a link unless it cannot start yet; the link is described by its hint and status.
 *
 * @summary Assessment sections with their status, each linking to its page.
 * @tagname kith-task-list
 *
 * @csspart list - The `<ul>`.
 * @csspart item - Each task row.
 * @csspart link - Each task link.
 * @csspart hint - Each task hint.
 * @csspart status - Each status.
 *
 * @cssprop --kith-color-link - Colour of the task links.
 * @cssprop --kith-color-tag-blue-background - Background of the "Not started" tag.
 * @cssprop --kith-color-tag-light-blue-background - Background of the "In progress" tag.
 */
export class KithTaskList extends KithElement {
  static override styles = [KithElement.styles, focusStyles, tagStyles, taskListStyles];

  private checkedTasks: TaskListTask[] = [];

  static override properties = {
    tasks: { attribute: 'tasks', converter: tasksConverter },
  };

  /**
   * The tasks: an array of `{ title, status, href?, hint?, statusText? }`.
   * Setting something that is not such an array throws a TypeError naming the field.
   */
  get tasks(): TaskListTask[] {
    return this.checkedTasks;
  }
  set tasks(value: unknown) {
    this.checkedTasks = checkTasks(value);
  }

  private renderStatus(task: TaskListTask, id: string) {
    const text = task.statusText ?? statusText(task.status);
    switch (task.status) {
      case 'not-started':
        return html`<strong class="tag tag-blue" id=${id}>${text}</strong>`;
      case 'in-progress':
        return html`<strong class="tag tag-light-blue" id=${id}>${text}</strong>`;
      case 'cannot-start-yet':
        return html`<span class="cannot-start" id=${id}>${text}</span>`;
      default:
        return html`<span id=${id}>${text}</span>`;
    }
  }

  protected override render() {
    return html`<ul class="list" part="list">
      ${this.checkedTasks.map((task, index) => {
        const hintId = `task-${index}-hint`;
        const statusId = `task-${index}-status`;
        const describedBy = task.hint ? `${hintId} ${statusId}` : statusId;
        return html`<li class=${classes({ item: true, 'with-link': !!task.href })} part="item">
          <div class="name-and-hint">
            ${task.href
              ? html`<a class="link" part="link" href=${task.href} aria-describedby=${describedBy}>${task.title}</a>`
              : html`<div>${task.title}</div>`}
            ${task.hint ? html`<div class="hint" part="hint" id=${hintId}>${task.hint}</div>` : nothing}
          </div>
          <div class="status" part="status">${this.renderStatus(task, statusId)}</div>
        </li>`;
      })}
    </ul>`;
  }
}
