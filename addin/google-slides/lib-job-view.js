/**
 * deck2video for Google Slides, pure part 3 of 3: a job's state -> what the sidebar shows (text,
 * percent, link) and when it asks again. (Plain ES5; see lib-settings.js.)
 */

var D2V_STAGES = {
  read: 'Reading the deck',
  translate: 'Translating',
  render: 'Drawing the slides',
  narrate: 'Narrating',
  illustrate: 'Illustrating',
  encode: 'Encoding the video',
  mux: 'Finishing',
  done: 'Done'
};

/** Poll every 5 s for 10 minutes, then every 15 s, then every 30 s after an hour; give up after 4 hours. */
var D2V_POLL = { fastMs: 5000, slowMs: 15000, slowestMs: 30000, giveUpMs: 4 * 3600 * 1000 };

/** progress as 0..1, 0..100, or {done,total} -> whole percent, or null when unknown. */
function progressPercent(progress) {
  var f = null;
  if (typeof progress === 'number' && isFinite(progress)) f = progress > 1 ? progress / 100 : progress;
  else if (progress && typeof progress === 'object' && progress.total > 0 && typeof progress.done === 'number') f = progress.done / progress.total;
  if (f === null) return null;
  return Math.max(0, Math.min(100, Math.floor(f * 100)));
}

function formatProgress(job) {
  if (job.state === 'queued') return 'Waiting for the service to start…';
  if (job.state === 'done') return 'Your video is ready.';
  if (job.state === 'failed') {
    var err = job.error && typeof job.error === 'object' ? job.error.message : job.error;
    return 'The export failed: ' + (err ? String(err) : 'the service did not say why');
  }
  var label = D2V_STAGES[job.stage] || 'Working';
  var pct = progressPercent(job.progress);
  return label + '…' + (pct === null ? '' : ' ' + pct + '%');
}

/** Where the finished video is: the link the service gave (made absolute), else GET /v1/jobs/:id/video. */
function videoUrlFor(settings, job, link) {
  var u = (link === undefined ? job.videoUrl : link) || '';
  if (/^https:\/\//i.test(u)) return u;
  if (u.charAt(0) === '/') return settings.serviceUrl.replace(/^(https:\/\/[^\/]+).*$/, '$1') + u;
  return settings.serviceUrl + '/v1/jobs/' + encodeURIComponent(job.id) + '/video';
}

function pollDelayMs(elapsedMs) {
  if (elapsedMs < 10 * 60 * 1000) return D2V_POLL.fastMs;
  if (elapsedMs < 60 * 60 * 1000) return D2V_POLL.slowMs;
  return D2V_POLL.slowestMs;
}

/**
 * A job state -> what the sidebar shows and when it asks again (nextPollMs 0 = stop). Each poll is
 * one short server call, so no execution comes near Apps Script's 6-minute limit, and a one-hour
 * conversion costs about 330 of the 20,000 daily UrlFetch calls.
 */
function describeJob(settings, job, elapsedMs) {
  var elapsed = elapsedMs || 0;
  var finished = job.state === 'done' || job.state === 'failed';
  var givenUp = !finished && elapsed >= D2V_POLL.giveUpMs;
  var view = {
    id: job.id,
    state: job.state,
    finished: finished,
    failed: job.state === 'failed',
    percent: job.state === 'done' ? 100 : progressPercent(job.progress),
    text: givenUp ? 'Still converting after 4 hours. Reopen this sidebar later to check again.' : formatProgress(job),
    videoUrl: job.state === 'done' ? videoUrlFor(settings, job) : '',
    nextPollMs: finished || givenUp ? 0 : pollDelayMs(elapsed)
  };
  // The videos in the other languages asked for: language -> absolute link (only links the service gave).
  var others = [];
  for (var lang in job.translations || {}) {
    if (Object.prototype.hasOwnProperty.call(job.translations, lang) && job.state === 'done') {
      var u = videoUrlFor(settings, job, job.translations[lang]);
      if (u !== videoUrlFor(settings, job, '')) others.push({ lang: lang, videoUrl: u });
    }
  }
  if (others.length) view.translations = others;
  return view;
}

/** The uploaded file's name: the deck title made safe, with .pptx. */
function deckFileName(title) {
  var base = String(title || '').replace(/[\u0000-\u001f\u007f<>:"\/\\|?*]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return (base || 'deck') + '.pptx';
}
