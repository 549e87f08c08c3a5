/**
 * deck2video for Google Slides: the menu, the sidebar and the server-side calls it makes. Each
 * function the sidebar calls (google.script.run) does one short thing: save settings, start a job,
 * or ask a job's state once, so no execution comes near Apps Script's 6-minute limit. The timer
 * between polls lives in the sidebar. Settings, requests and job views are in the lib-*.js files.
 */

/** Extensions > deck2video > Export to AI video (in a bound script the menu is under the project name). */
function onOpen(e) {
  SlidesApp.getUi().createAddonMenu().addItem('Export to AI video', 'showSidebar').addToUi();
}

function onInstall(e) {
  onOpen(e);
}

function showSidebar() {
  var html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Export to AI video');
  SlidesApp.getUi().showSidebar(html);
}

/** What the sidebar needs when it opens: settings (without the token), the deck, a job to resume. */
function getSidebarState() {
  var props = PropertiesService.getUserProperties();
  var all = props.getProperties();
  var deck = SlidesApp.getActivePresentation();
  var lastJob = all[D2V_PROPS.lastJob + deck.getId()] || '';
  return { settings: publicSettings(readSettings(all)), deck: { id: deck.getId(), title: deck.getName() }, lastJobId: lastJob };
}

function saveSettings(form) {
  var change = settingsUpdate(form);
  var props = PropertiesService.getUserProperties();
  props.setProperties(change.set);
  for (var i = 0; i < change.remove.length; i++) props.deleteProperty(change.remove[i]);
  return publicSettings(readSettings(props.getProperties()));
}

/** Sends the deck to the service and returns the new job as the sidebar shows it. */
function startExport(choices) {
  var props = PropertiesService.getUserProperties();
  var settings = requireSettings(props.getProperties());
  var deck = SlidesApp.getActivePresentation();
  var chosen = normaliseOptions(choices);
  var request;
  if (chosen.mode === 'google') {
    request = buildGoogleJobRequest(settings, deck.getId(), ScriptApp.getOAuthToken(), chosen.options);
  } else {
    request = buildUploadJobRequest(settings, exportPptx(deck), chosen.options);
  }
  var res = fetchService(request);
  var job = parseCreateResponse(res.getResponseCode(), res.getContentText());
  props.setProperty(D2V_PROPS.lastJob + deck.getId(), job.id);
  return describeJob(settings, { id: job.id, state: 'queued' }, 0);
}

/** One look at the job; elapsedMs (since the export started) sets when the sidebar asks again. */
function pollJob(jobId, elapsedMs) {
  var settings = requireSettings(PropertiesService.getUserProperties().getProperties());
  var res = fetchService(buildPollRequest(settings, String(jobId)));
  return describeJob(settings, parseJobResponse(res.getResponseCode(), res.getContentText(), String(jobId)), Number(elapsedMs) || 0);
}

/** The deck as .pptx through Drive's export (the add-on's own token; it never leaves Google here). */
function exportPptx(deck) {
  var request = buildExportRequest(deck.getId(), ScriptApp.getOAuthToken());
  var res = UrlFetchApp.fetch(request.url, request.params);
  // Read the body as text only on failure: on success it is the .pptx itself.
  if (res.getResponseCode() !== 200) checkExportResponse(res.getResponseCode(), res.getContentText());
  return res.getBlob().setName(deckFileName(deck.getName())).setContentType(D2V_PPTX_MIME);
}

function fetchService(request) {
  try {
    return UrlFetchApp.fetch(request.url, request.params);
  } catch (e) {
    // DNS failures, timeouts, and addresses missing from urlFetchWhitelist in appsscript.json end here.
    throw new Error('Could not reach the deck2video service at ' + request.url.replace(/\/v1\/.*$/, '') + ' (' + (e && e.message ? e.message : e) +
      '). Check the address in Settings; if the message mentions the allowlist, add the address to urlFetchWhitelist in appsscript.json.');
  }
}
