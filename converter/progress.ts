/**
 * Typed progress events. The library only emits them; the CLI draws bars, the service streams them
 * as server-sent events, the add-ins show them.
 */
export type Stage = 'read' | 'translate' | 'render' | 'narrate' | 'illustrate' | 'encode' | 'mux' | 'done';

export interface ProgressEvent {
  stage: Stage;
  /** Units finished in this stage (slides, pieces, …) out of total. */
  done: number;
  total: number;
  /** Short human text for the current unit ("slide 4", "cached"). */
  detail?: string;
}

export type ProgressListener = (event: ProgressEvent) => void;

export const STAGE_LABELS: Record<Stage, string> = {
  read: 'Reading deck',
  translate: 'Translating',
  render: 'Rendering slides',
  narrate: 'Narrating',
  illustrate: 'Illustrating',
  encode: 'Encoding video',
  mux: 'Finishing',
  done: 'Done',
};
