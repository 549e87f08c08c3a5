/**
 * a:bodyPr resolved through its inheritance (master placeholder, layout placeholder, the shape):
 * insets, anchoring, wrapping, vertical text, rotation, columns and autofit.
 */
import type { Autofit, TextBody } from '../model.js';
import type { XmlNode } from '../xml.js';
import { PropStack } from './text-styles.js';

export type BodyProps = Omit<TextBody, 'paragraphs'>;

const ANCHORS: Record<string, TextBody['anchor']> = { t: 't', ctr: 'ctr', b: 'b', just: 'ctr', dist: 'ctr' };

/** bodyPr nodes lowest priority first. */
export function resolveBodyProps(bodyPrs: XmlNode[]): BodyProps {
  const s = new PropStack(bodyPrs);
  const ins = (k: string, d: number) => s.num(k) ?? d;
  return {
    insets: { l: ins('lIns', 91440), t: ins('tIns', 45720), r: ins('rIns', 91440), b: ins('bIns', 45720) },
    anchor: ANCHORS[s.attr('anchor') ?? 't'] ?? 't',
    anchorCtr: s.bool('anchorCtr') ?? false,
    wrap: s.attr('wrap') !== 'none',
    vert: s.attr('vert') ?? 'horz',
    rotation: (s.num('rot') ?? 0) / 60000,
    upright: s.bool('upright') ?? false,
    autofit: readAutofit(s),
    columns: Math.max(1, s.num('numCol') ?? 1),
  };
}

function readAutofit(s: PropStack): Autofit {
  const a = s.pick('noAutofit', 'normAutofit', 'spAutoFit');
  if (!a) return { type: 'none' };
  if (a.node.local === 'spAutoFit') return { type: 'shape' };
  if (a.node.local === 'noAutofit') return { type: 'none' };
  const fs = a.node.num('fontScale');
  const ls = a.node.num('lnSpcReduction');
  return {
    type: 'normal',
    fontScale: (fs ?? 100000) / 100000,
    lnSpcReduction: (ls ?? 0) / 100000,
  };
}
