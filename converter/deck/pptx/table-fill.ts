/**
 * A cell's fill over the table background (a:tblBg or a tblPr fill). The model has no separate table
 * background, so it is folded into the cells: a cell without a fill shows the background, and a
 * see-through solid cell fill (the "alpha 20%" bands of many styles) is composited over a solid one.
 */
import { composite } from '../../drawingml/color-math.js';
import type { Fill } from '../model.js';

export function overFill(cell: Fill, background: Fill | undefined): Fill {
  if (!background || background.type === 'none') return cell;
  if (cell.type === 'none') return background;
  if (cell.type === 'solid' && cell.color.alpha < 1 && background.type === 'solid') {
    return { type: 'solid', color: composite(cell.color, background.color) };
  }
  return cell;
}
