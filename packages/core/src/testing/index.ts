export { expectAxeClean, AXE_TAGS, type AxeException } from './axe.js';
export { axTree, axNode, focusedAxNode, type AxNode } from './ax-tree.js';
export { formControlConformance, type ConformanceOptions, type KithFormControlElement } from './conformance.js';
export { recordAnnouncements } from './announcements.js';
export { closePageBeforeSavesLand, failPutsWithQuota } from './storage.js';
export { draftBannerWords, hostRequest, navigateFrame } from './send.js';
