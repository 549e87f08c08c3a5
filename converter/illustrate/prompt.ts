/**
 * Image prompts: a subject (what this slide's picture shows) followed by the deck's style lock
 * (how every picture looks). Only the subject varies between slides; the style text is identical
 * in every prompt of a deck, which is what makes independently generated frames match.
 */
import type { StyleLock } from './style/style-lock.js';
import type { SlideConcept } from './types.js';

/** The subject sentence(s) for a slide, from its concept (layout-aware). */
export function subjectFromConcept(c: SlideConcept): string {
  const topic = c.title && c.title.toLowerCase() !== c.keyPhrase.toLowerCase() ? ` for a lesson slide titled "${c.title}"` : '';
  switch (c.layout) {
    case 'comparison':
      return `A side-by-side comparison of ${c.sides![0]} and ${c.sides![1]}${topic}, each shown as a clear, simple object.`;
    case 'steps':
      return `An illustration of the process "${c.keyPhrase}"${topic}, showing in order: ${c.steps!.map((s, i) => `(${i + 1}) ${s}`).join(' ')}.`;
    case 'number':
      return `An illustration${c.title ? ` for a lesson slide titled "${c.title}"` : ` of ${c.keyPhrase}`}, about the figure ${c.figure!.value}: ${c.figure!.caption}.`;
    default: {
      const details = c.points.length ? ` Key ideas: ${c.points.join('; ')}.` : '';
      return `An illustration of ${c.keyPhrase}${topic}.${details}`;
    }
  }
}

/** Subject + style lock. */
export function buildPrompt(subject: string, lock: StyleLock): string {
  const s = subject.trim().replace(/\s+/g, ' ');
  return `${/[.!?]$/.test(s) ? s : `${s}.`}\n\n${lock.text}`;
}
