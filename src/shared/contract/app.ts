// The app namespace: what the running app is (its door, version, data folder, library size, today).
import { z } from 'zod';
import { op } from './operation';

/** The ways into the core: the Electron app, browser mode, and the command line. */
export const doors = ['desktop', 'browser', 'cli'] as const;
export type Door = (typeof doors)[number];

export interface ContentProblem {
  file: string;
  line: number;
  message: string;
}

export interface AppInfo {
  version: string;
  door: Door;
  dataDir: string;
  itemCount: number;
  lessonCount: number;
  /** The leader's local date as the core sees it (the UI uses it for "today"). */
  today: string;
  /** Problems found in the content pack at start; the valid items still load. */
  contentProblems: ContentProblem[];
}

export const appOperations = {
  'app.info': op<AppInfo>()(z.object({})),
};
