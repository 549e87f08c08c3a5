/**
 * What the visual readers add to a ReadContext while reading slides, layouts and masters.
 * Declared as an optional extension of ReadContext (module augmentation) so that helpers which only
 * pass the context along — tables, charts, SmartArt via forPart() — keep it without knowing about it.
 */
import type { Fill } from '../model.js';
import type { XmlNode } from '../xml.js';

/** Where the text and placeholder properties of the part being read come from. */
export interface PartChain {
  /** Shape trees that placeholders inherit from, nearest first (slide: layout then master; layout: master). */
  inheritFrom: { part: string; tree: XmlNode }[];
  /** p:presentation/p:defaultTextStyle. */
  defaultTextStyle?: XmlNode;
  /** The master's p:txStyles (titleStyle, bodyStyle, otherStyle). */
  txStyles?: XmlNode;
  /** The slide's resolved background, for shapes filled with it (p:sp useBgFill="1"). */
  background?: Fill;
}

declare module './read-context.js' {
  interface ReadContext {
    /** Set by the visual reader for slides, layouts and masters (and kept by forPart). */
    chain?: PartChain;
    /** Fill of the innermost enclosing group, for a:grpFill. */
    groupFill?: Fill;
  }
}

export {};
