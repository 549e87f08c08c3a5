/**
 * Writes a slide's p:timing the way PowerPoint does (tmRoot > mainSeq > one p:par per click group >
 * one p:par per "after" chain > the effects), from a short list of effects, for generated test decks.
 * pptxgenjs cannot write animations, so tests patch this into slide XML with editZip.
 */

export interface FxSpec {
  node: 'click' | 'with' | 'after';
  cls: 'entr' | 'exit' | 'emph' | 'path';
  /** presetID: 1 appear, 10 fade, 22 wipe, 53 zoom, … */
  preset: number;
  spid: string;
  /** Paragraph range (inclusive) of the shape's text. */
  p?: [number, number];
  /** Animate the shape's background only. */
  bg?: boolean;
  dur?: number;
}

export function timingXml(effects: FxSpec[], bldP: { spid: string; build?: 'p' | 'whole'; animBg?: boolean }[] = []): string {
  let id = 2;
  const next = () => ++id;
  // Click groups: a click starts one; effects before the first click form an automatic first group.
  const groups: FxSpec[][] = [];
  for (const fx of effects) {
    if (fx.node === 'click' || groups.length === 0) groups.push([]);
    groups[groups.length - 1].push(fx);
  }
  const pars = groups.map((group) => {
    const auto = group[0].node !== 'click';
    const cond = auto ? '<p:cond delay="indefinite"/><p:cond evt="onBegin" delay="0"><p:tn val="2"/></p:cond>' : '<p:cond delay="indefinite"/>';
    const chains: FxSpec[][] = [];
    for (const fx of group) {
      if (fx.node === 'after' || chains.length === 0) chains.push([]);
      chains[chains.length - 1].push(fx);
    }
    const groupId = next();
    let delay = 0;
    const inner = chains.map((chain) => {
      const chainId = next();
      const body = chain.map((fx) => effectXml(fx, next)).join('');
      const xml = `<p:par><p:cTn id="${chainId}" fill="hold"><p:stCondLst><p:cond delay="${delay}"/></p:stCondLst><p:childTnLst>${body}</p:childTnLst></p:cTn></p:par>`;
      delay += Math.max(...chain.map((f) => f.dur ?? 500));
      return xml;
    }).join('');
    return `<p:par><p:cTn id="${groupId}" fill="hold"><p:stCondLst>${cond}</p:stCondLst><p:childTnLst>${inner}</p:childTnLst></p:cTn></p:par>`;
  }).join('');
  const blds = bldP.map((b) => `<p:bldP spid="${b.spid}" grpId="0"${b.build ? ` build="${b.build}"` : ''}${b.animBg ? ' animBg="1"' : ''}/>`).join('');
  return '<p:timing><p:tnLst><p:par><p:cTn id="1" dur="indefinite" restart="never" nodeType="tmRoot"><p:childTnLst>' +
    `<p:seq concurrent="1" nextAc="seek"><p:cTn id="2" dur="indefinite" nodeType="mainSeq"><p:childTnLst>${pars}</p:childTnLst></p:cTn>` +
    '<p:prevCondLst><p:cond evt="onPrev" delay="0"><p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:prevCondLst>' +
    '<p:nextCondLst><p:cond evt="onNext" delay="0"><p:tgtEl><p:sldTgt/></p:tgtEl></p:cond></p:nextCondLst></p:seq>' +
    `</p:childTnLst></p:cTn></p:par></p:tnLst>${blds ? `<p:bldLst>${blds}</p:bldLst>` : ''}</p:timing>`;
}

function target(fx: FxSpec): string {
  const sub = fx.bg ? '<p:bg/>' : fx.p ? `<p:txEl><p:pRg st="${fx.p[0]}" end="${fx.p[1]}"/></p:txEl>` : '';
  return `<p:tgtEl><p:spTgt spid="${fx.spid}"${sub ? `>${sub}</p:spTgt>` : '/>'}</p:tgtEl>`;
}

function effectXml(fx: FxSpec, next: () => number): string {
  const id = next();
  const nodeType = { click: 'clickEffect', with: 'withEffect', after: 'afterEffect' }[fx.node];
  const dur = fx.dur ?? 500;
  const tgt = target(fx);
  const set = (to: string) =>
    `<p:set><p:cBhvr><p:cTn id="${next()}" dur="1" fill="hold"><p:stCondLst><p:cond delay="${fx.cls === 'exit' && fx.preset !== 1 ? dur - 1 : 0}"/></p:stCondLst></p:cTn>${tgt}` +
    `<p:attrNameLst><p:attrName>style.visibility</p:attrName></p:attrNameLst></p:cBhvr><p:to><p:strVal val="${to}"/></p:to></p:set>`;
  const fade = (dir: 'in' | 'out') => `<p:animEffect transition="${dir}" filter="fade"><p:cBhvr><p:cTn id="${next()}" dur="${dur}"/>${tgt}</p:cBhvr></p:animEffect>`;
  let behaviours: string;
  if (fx.cls === 'entr') behaviours = set('visible') + (fx.preset === 1 ? '' : fade('in'));
  else if (fx.cls === 'exit') behaviours = (fx.preset === 1 ? '' : fade('out')) + set('hidden');
  else if (fx.cls === 'emph') behaviours = `<p:animScale><p:cBhvr><p:cTn id="${next()}" dur="${dur}" fill="hold"/>${tgt}</p:cBhvr><p:by x="150000" y="150000"/></p:animScale>`;
  else behaviours = `<p:animMotion origin="layout" path="M 0 0 L 0.25 0 E" pathEditMode="relative"><p:cBhvr><p:cTn id="${next()}" dur="${dur}" fill="hold"/>${tgt}<p:attrNameLst><p:attrName>ppt_x</p:attrName><p:attrName>ppt_y</p:attrName></p:attrNameLst></p:cBhvr></p:animMotion>`;
  return `<p:par><p:cTn id="${id}" presetID="${fx.preset}" presetClass="${fx.cls}" presetSubtype="0" fill="hold" nodeType="${nodeType}">` +
    `<p:stCondLst><p:cond delay="0"/></p:stCondLst><p:childTnLst>${behaviours}</p:childTnLst></p:cTn></p:par>`;
}

/** Puts a timing tree into a slide's XML (p:timing goes after p:clrMapOvr and p:transition). */
export function withTiming(timing: string): (slideXml: string) => string {
  return (xml) => xml.replace('</p:sld>', `${timing}</p:sld>`);
}
