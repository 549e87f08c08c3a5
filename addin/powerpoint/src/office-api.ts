/**
 * The small part of Office.js the task pane uses, typed here so the pane has no dependencies and
 * so unit tests can hand in a mock (office-addin-mock) or the e2e test a stand-in. Shapes follow
 * the Office.js reference (Common API: Document.getFileAsync, File, Slice; PowerPoint API 1.8:
 * Slide.getImageAsBase64).
 */
export interface OfficeAsyncError {
  code?: number;
  name?: string;
  message?: string;
}

export interface OfficeAsyncResult<T> {
  status: string;
  value: T;
  error?: OfficeAsyncError;
}

export type AsyncCallback<T> = (result: OfficeAsyncResult<T>) => void;

export interface OfficeSlice {
  /** Bytes of this slice: an array of numbers (0..255) for Office.FileType.Compressed. */
  data: ArrayLike<number> | ArrayBuffer;
  index: number;
  size: number;
}

export interface OfficeFile {
  size: number;
  sliceCount: number;
  getSliceAsync(index: number, callback: AsyncCallback<OfficeSlice>): void;
  closeAsync(callback?: AsyncCallback<void>): void;
}

export interface OfficeLike {
  context: {
    document: {
      url?: string | null;
      getFileAsync(fileType: string, options: { sliceSize: number }, callback: AsyncCallback<OfficeFile>): void;
    };
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    ui?: { openBrowserWindow?(url: string): void };
  };
  FileType: { Compressed: string };
  AsyncResultStatus: { Succeeded: string; Failed?: string };
  /** Resolves once Office.js is initialised, with the host ("PowerPoint") and platform. */
  onReady?(callback?: (info: { host: string | null; platform: string | null }) => void): Promise<{ host: string | null; platform: string | null }>;
}

export interface ClientResult<T> {
  value: T;
}

export interface PowerPointSlide {
  getImageAsBase64(options?: { width?: number; height?: number }): ClientResult<string>;
}

export interface PowerPointContext {
  presentation: {
    slides: {
      items: PowerPointSlide[];
      load(properties: string): unknown;
    };
  };
  sync(): Promise<unknown>;
}

export interface PowerPointLike {
  run<T>(batch: (context: PowerPointContext) => Promise<T>): Promise<T>;
}

/** The Office.js globals, when the page runs inside Office (or under a test's stand-in). */
export function officeGlobals(): { office?: OfficeLike; powerPoint?: PowerPointLike } {
  const g = globalThis as { Office?: OfficeLike; PowerPoint?: PowerPointLike };
  return { office: g.Office, powerPoint: g.PowerPoint };
}
