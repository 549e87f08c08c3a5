/**
 * Reading POST /v1/jobs: a multipart form with the deck (file field `deck`), option fields (or one
 * JSON field `options`), and optionally PowerPoint's own slide images as files named
 * `slide-001.png`, `slide-002.png`, … (1-based, every slide in deck order, hidden ones included).
 * Size limits give 413; anything malformed gives 400 with what to send instead.
 */
import { basename } from 'node:path';
import type { FastifyRequest } from 'fastify';
import { isPngOrJpeg } from '../../converter/index.js';
import { badRequest, HttpError } from './http-error.js';
import { parseOptionsJson } from './job-options.js';

export interface UploadLimits {
  /** Bytes for the deck; PowerPoint's slide images together get the same budget. */
  maxBytes: number;
  maxSlides: number;
}

export interface Upload {
  deck: Uint8Array;
  deckName: string;
  fields: Record<string, unknown>;
  slideImages: Map<number, Uint8Array>;
}

/** Option fields accepted in one form. */
export const FORM_FIELDS = 64;

const SLIDE_IMAGE = /^slide-(\d{1,4})\.(png|jpe?g)$/i;

export function tooLarge(limits: UploadLimits): HttpError {
  const mb = Math.round(limits.maxBytes / (1024 * 1024));
  return new HttpError(413, `The upload is over this service's ${mb} MB limit: compress the deck's pictures (File > Compress Pictures) or start the service with a larger --max-upload-mb`);
}

export async function readUpload(request: FastifyRequest, limits: UploadLimits): Promise<Upload> {
  if (!request.isMultipart()) throw badRequest('Send the deck as multipart/form-data with the file in a field named "deck" (or a Google Slides deck as application/json: {"googleSlidesId", "googleToken", "options"})');
  let deck: Uint8Array | undefined;
  let deckName = 'presentation.pptx';
  const fields: Record<string, unknown> = {};
  const slideImages = new Map<number, Uint8Array>();
  let imageBytes = 0;
  const parts = request.parts({
    limits: { fileSize: limits.maxBytes, files: limits.maxSlides + 1, fields: FORM_FIELDS, fieldSize: 64 * 1024, parts: limits.maxSlides + FORM_FIELDS + 1 },
  });
  for await (const part of parts) {
    if (part.type === 'file') {
      const image = SLIDE_IMAGE.exec(part.fieldname) ?? (part.fieldname === 'slides' ? SLIDE_IMAGE.exec(part.filename ?? '') : null);
      if (part.fieldname === 'deck') {
        if (deck) throw badRequest('Send one deck per job (the form has two "deck" files)');
        deck = await part.toBuffer();
        deckName = cleanName(part.filename);
      } else if (image) {
        const n = Number(image[1]);
        if (n < 1 || n > limits.maxSlides) throw badRequest(`Slide image ${part.fieldname} is out of range: number slide images from slide-001.png`);
        const bytes = await part.toBuffer();
        imageBytes += bytes.length;
        if (imageBytes > limits.maxBytes) throw tooLarge(limits);
        if (!isPngOrJpeg(bytes)) throw badRequest(`Slide image ${part.fieldname} is not a PNG or JPEG image`);
        slideImages.set(n, bytes);
      } else {
        part.file.resume();
        throw badRequest(`Unexpected file field "${part.fieldname.slice(0, 40)}": send the deck as "deck" and slide images as "slide-001.png", …`);
      }
    } else {
      if (part.valueTruncated) throw badRequest(`Option ${part.fieldname.slice(0, 40)} is too long`);
      const value = part.value;
      if (part.fieldname === 'options') Object.assign(fields, parseOptionsJson(String(value)));
      else if (Object.hasOwn(fields, part.fieldname)) throw badRequest(`Option ${part.fieldname.slice(0, 40)} is given twice`);
      else fields[part.fieldname] = value;
    }
  }
  if (!deck) throw badRequest('The form has no deck: send the .pptx file in a field named "deck"');
  if (deck.length === 0) throw new HttpError(422, 'The deck file is empty: save the presentation and try again');
  return { deck, deckName, fields, slideImages };
}

/** A display name only (the deck is stored as deck.pptx): no folders, no control characters. */
export function cleanName(filename: string | undefined): string {
  const name = basename((filename ?? '').replace(/\\/g, '/')).replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  if (!name || name === '.' || name === '..') return 'presentation.pptx';
  return name.length > 120 ? name.slice(name.length - 120) : name;
}

