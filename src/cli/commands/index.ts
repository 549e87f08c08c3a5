/**
 * The commands of `deck2video`. Adding a command = one file in this folder exporting a
 * `RegisterCommand`, plus one line in this list.
 */
import type { Command } from 'commander';
import type { CliContext } from '../io.js';
import { registerConvert } from './convert.js';
import { registerInspect } from './inspect.js';
import { registerRender } from './render.js';
import { registerServe } from './serve.js';

/** Adds one subcommand to the program and returns it. */
export type RegisterCommand = (program: Command, ctx: CliContext) => Command;

export const COMMANDS: RegisterCommand[] = [
  registerInspect,
  registerRender,
  registerConvert,
  registerServe,
];
