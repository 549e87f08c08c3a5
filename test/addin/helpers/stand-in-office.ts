/**
 * A stand-in for Office.js, served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js
 * when the task pane runs in headless Chromium: it holds a real deck and implements what the pane
 * uses the way Office does — Office.onReady, Document.getFileAsync(Compressed) handing out slices
 * as arrays of numbers, File.closeAsync, requirement-set checks, and (when asked) PowerPointApi 1.8:
 * PowerPoint.run with load/sync semantics and Slide.getImageAsBase64. It records the calls in
 * window.__officeCalls so tests can check them.
 */
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export interface StandInOptions {
  deck: Uint8Array;
  /** Document.url. */
  url: string;
  /** PowerPoint's slide pictures (PNG), one per slide; absent = PowerPointApi 1.8 not supported. */
  slidePngs?: Uint8Array[];
  /** Slice size Office uses at most (the pane asks for 4 MB). */
  maxSlice?: number;
}

export function standInOfficeJs(o: StandInOptions): string {
  const config = {
    deck: Buffer.from(o.deck).toString('base64'),
    url: o.url,
    pngs: o.slidePngs?.map((p) => Buffer.from(p).toString('base64')) ?? null,
    maxSlice: o.maxSlice ?? 4 * 1024 * 1024,
  };
  return `(function () {
  var config = ${JSON.stringify(config)};
  var bin = atob(config.deck);
  var deck = new Uint8Array(bin.length);
  for (var i = 0; i < bin.length; i++) deck[i] = bin.charCodeAt(i);
  var calls = window.__officeCalls = { fileType: null, sliceSize: 0, slices: [], closed: 0, openFiles: 0, setChecks: [], images: [] };
  var later = function (fn) { setTimeout(fn, 2); };
  var ok = function (value) { return { status: 'succeeded', value: value }; };
  var fail = function (code, message) { return { status: 'failed', value: undefined, error: { code: code, name: 'Error', message: message } }; };

  window.Office = {
    FileType: { Compressed: 'compressed', Pdf: 'pdf', Text: 'text' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    HostType: { PowerPoint: 'PowerPoint' },
    onReady: function (callback) {
      var info = { host: 'PowerPoint', platform: 'OfficeOnline' };
      return new Promise(function (resolve) { later(function () { if (callback) callback(info); resolve(info); }); });
    },
    context: {
      requirements: {
        isSetSupported: function (name, version) {
          calls.setChecks.push(name + ' ' + version);
          if (name === 'PowerPointApi') return config.pngs !== null && parseFloat(version) <= 1.8;
          return name === 'CompressedFile';
        }
      },
      document: {
        url: config.url,
        getFileAsync: function (fileType, options, callback) {
          calls.fileType = fileType;
          // Office allows one open file per add-in: a second one fails until the first is closed.
          if (calls.openFiles > 0) return later(function () { callback(fail(11001, 'Cannot open more than one file at a time.')); });
          var size = Math.min(options && options.sliceSize ? options.sliceSize : config.maxSlice, config.maxSlice);
          calls.sliceSize = size;
          calls.openFiles++;
          var file = {
            size: deck.length,
            sliceCount: Math.max(1, Math.ceil(deck.length / size)),
            getSliceAsync: function (index, cb) {
              calls.slices.push(index);
              later(function () {
                if (index < 0 || index >= file.sliceCount) return cb(fail(5001, 'Internal Error'));
                var part = deck.subarray(index * size, (index + 1) * size);
                cb(ok({ data: Array.prototype.slice.call(part), index: index, size: part.length }));
              });
            },
            closeAsync: function (cb) {
              calls.closed++;
              calls.openFiles--;
              later(function () { if (cb) cb(ok(undefined)); });
            }
          };
          later(function () { callback(ok(file)); });
        }
      }
    }
  };

  if (config.pngs !== null) {
    window.PowerPoint = {
      run: function (batch) {
        var pending = [];
        var slides = {
          items: undefined,
          load: function () { pending.push(function () { slides.items = items; }); return slides; }
        };
        var items = config.pngs.map(function (png, n) {
          return {
            getImageAsBase64: function (options) {
              calls.images.push({ slide: n + 1, width: options && options.width });
              var result = { value: undefined };
              pending.push(function () { result.value = png; });
              return result;
            }
          };
        });
        var context = {
          presentation: { slides: slides },
          sync: function () {
            return new Promise(function (resolve) { later(function () { pending.splice(0).forEach(function (f) { f(); }); resolve(); }); });
          }
        };
        return Promise.resolve().then(function () { return batch(context); });
      }
    };
  }
})();
`;
}
