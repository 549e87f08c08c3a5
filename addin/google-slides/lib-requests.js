/**
 * deck2video for Google Slides, pure part 2 of 3: requests to Google Drive and to the deck2video
 * service, as {url, params} for UrlFetchApp.fetch, and reading their answers into plain values or
 * errors whose message tells the teacher what to do. (Plain ES5; see lib-settings.js.)
 */

var D2V_PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * The sidebar's choices -> how to send the deck and the service's conversion options.
 * mode "upload": the add-on exports the .pptx itself and uploads it; the service never sees a Google
 * token. mode "google": the service gets the deck id and the user's access token and reads the deck
 * from Google itself, with Google's own pictures of the slides.
 */
function normaliseOptions(o) {
  o = o || {};
  var mode = o.mode === 'google' ? 'google' : 'upload';
  var resolution = o.resolution === '720p' || o.resolution === '1440p' || o.resolution === '2160p' ? o.resolution : '1080p';
  var options = { includeHidden: o.includeHidden === true, resolution: resolution };
  // Only Google jobs name a renderer: the service draws uploaded decks itself and refuses unknown options.
  if (mode === 'google') options.renderer = 'google';
  var languages = translateLanguages(o.translate);
  if (languages.length) {
    options.translate = languages.join(',');
    options.translateSlides = o.translateSlides === true;
  }
  return { mode: mode, options: options };
}

/** The language picker's choices (a list, or "es,fr") -> the language tags, without duplicates or junk. */
function translateLanguages(value) {
  var list = Object.prototype.toString.call(value) === '[object Array]' ? value : String(value == null ? '' : value).split(',');
  var out = [];
  for (var i = 0; i < list.length && out.length < 16; i++) {
    var tag = String(list[i]).trim();
    if (/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/.test(tag) && out.indexOf(tag) < 0) out.push(tag);
  }
  return out;
}

function serviceHeaders(settings) {
  var h = { Accept: 'application/json' };
  if (settings.serviceToken) h.Authorization = 'Bearer ' + settings.serviceToken;
  return h;
}

/** POST /v1/jobs with the deck id and a Google access token (JSON). */
function buildGoogleJobRequest(settings, deckId, googleToken, options) {
  return {
    url: settings.serviceUrl + '/v1/jobs',
    params: {
      method: 'post',
      contentType: 'application/json',
      headers: serviceHeaders(settings),
      payload: JSON.stringify({ googleSlidesId: deckId, googleToken: googleToken, options: options }),
      muteHttpExceptions: true,
      followRedirects: false
    }
  };
}

/** POST /v1/jobs as multipart/form-data: field "deck" (the .pptx) and field "options" (JSON). */
function buildUploadJobRequest(settings, deckBlob, options) {
  return {
    url: settings.serviceUrl + '/v1/jobs',
    params: {
      method: 'post',
      headers: serviceHeaders(settings),
      // An object payload holding a Blob makes UrlFetchApp send multipart/form-data.
      payload: { deck: deckBlob, options: JSON.stringify(options) },
      muteHttpExceptions: true,
      followRedirects: false
    }
  };
}

function buildPollRequest(settings, jobId) {
  return {
    url: settings.serviceUrl + '/v1/jobs/' + encodeURIComponent(jobId),
    params: { method: 'get', headers: serviceHeaders(settings), muteHttpExceptions: true, followRedirects: false }
  };
}

/** Drive v3 files.export of the deck as .pptx, with the add-on's own token (drive.readonly). */
function buildExportRequest(deckId, googleToken) {
  return {
    url: 'https://www.googleapis.com/drive/v3/files/' + encodeURIComponent(deckId) + '/export?mimeType=' + encodeURIComponent(D2V_PPTX_MIME),
    params: { method: 'get', headers: { Authorization: 'Bearer ' + googleToken }, muteHttpExceptions: true }
  };
}

/** Throws a sentence the teacher can act on when the export did not work. */
function checkExportResponse(code, text) {
  if (code === 200) return;
  var err = googleError(text);
  if (code === 403 && (err.reason === 'exportSizeLimitExceeded' || /too large to be exported/i.test(err.message))) {
    throw new Error('This deck is over Google Drive\'s 10 MB export limit. Use File > Download > Microsoft PowerPoint (.pptx) and convert the file with deck2video, or choose "Let the service read the deck from Google".');
  }
  if (code === 401 || code === 403) throw new Error('Google refused to export the deck (' + code + ': ' + err.message + '). Reload the deck and authorise the add-on again.');
  throw new Error('Google could not export the deck (' + code + ': ' + err.message + '). Try again in a minute.');
}

function googleError(text) {
  var body = parseJson(text);
  var e = body && typeof body.error === 'object' && body.error ? body.error : {};
  var reason = e.errors && e.errors[0] && e.errors[0].reason ? e.errors[0].reason : '';
  return { message: String(e.message || String(text || '').slice(0, 160)), reason: reason };
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return undefined;
  }
}

/** The service's error text: {error:"..."} or {error:{message}} or {message}. */
function serviceErrorText(text) {
  var body = parseJson(text);
  if (body && typeof body.error === 'string') return body.error;
  if (body && body.error && typeof body.error.message === 'string') return body.error.message;
  if (body && typeof body.message === 'string') return body.message;
  return String(text || '').replace(/\s+/g, ' ').slice(0, 200);
}

function serviceFailure(code, text) {
  if (code === 401 || code === 403) return new Error('The deck2video service refused the token (' + code + '). Check the service token in Settings.');
  if (code === 413) return new Error('The deck is larger than the deck2video service accepts (413). Ask its operator to raise --max-upload-mb.');
  if (code === 404) return new Error('No deck2video service answers at this address (404). Check the address in Settings.');
  if (code >= 300 && code < 400) return new Error('The service address redirects (' + code + '). Enter the final https address in Settings.');
  return new Error('The deck2video service answered ' + code + ': ' + serviceErrorText(text));
}

/** 202 {id} (200/201 accepted too) -> the job id. */
function parseCreateResponse(code, text) {
  if (code !== 200 && code !== 201 && code !== 202) throw serviceFailure(code, text);
  var body = parseJson(text);
  if (!body || (typeof body.id !== 'string' && typeof body.id !== 'number') || String(body.id) === '') {
    throw new Error('The deck2video service did not return a job id. Is the address in Settings a deck2video service?');
  }
  return { id: String(body.id) };
}

/** GET /v1/jobs/:id -> {id, state, stage, progress, error, videoUrl, translations: {lang: video link}}. */
function parseJobResponse(code, text, jobId) {
  if (code === 404) return { id: jobId, state: 'failed', error: 'The service no longer knows this job. Start the export again.' };
  if (code !== 200) throw serviceFailure(code, text);
  var body = parseJson(text);
  if (!body || typeof body.state !== 'string') throw new Error('The deck2video service sent an unreadable job state.');
  return {
    id: jobId,
    state: body.state,
    stage: typeof body.stage === 'string' ? body.stage : '',
    progress: body.progress,
    error: body.error,
    videoUrl: typeof body.videoUrl === 'string' ? body.videoUrl : body.links && typeof body.links.video === 'string' ? body.links.video : '',
    translations: translationLinks(body.links && body.links.translations)
  };
}

/** links.translations {es: {video, vtt, srt}} -> {es: video link}. */
function translationLinks(value) {
  var out = {};
  if (!value || typeof value !== 'object') return out;
  for (var lang in value) {
    if (Object.prototype.hasOwnProperty.call(value, lang) && value[lang] && typeof value[lang].video === 'string') out[lang] = value[lang].video;
  }
  return out;
}
