/**
 * deck2video for Google Slides, pure part 1 of 3: the user's settings (service address and token).
 * No Apps Script service is called in the lib-*.js files, so the tests run them as they are under
 * Node (test/addin/google-slides-*.test.ts). Plain ES5 on purpose: Apps Script's V8 runs it, and
 * there are no modules, so every top-level name is global, shared with Code.gs and the other files.
 */

var D2V_PROPS = {
  serviceUrl: 'DECK2VIDEO_SERVICE_URL',
  serviceToken: 'DECK2VIDEO_SERVICE_TOKEN',
  /** + deck id: the last job started for that deck, so reopening the sidebar resumes it. */
  lastJob: 'DECK2VIDEO_LAST_JOB_'
};

/**
 * The service address as typed -> "https://host[:port][/path]" without a trailing slash. Apps Script
 * fetches from Google's servers, so the service must be public and use https (the token travels
 * with every request); addresses on the user's own machine or network can never be reached.
 */
function validateServiceUrl(text) {
  var s = String(text == null ? '' : text).trim();
  if (s === '') throw new Error('Enter the address of your deck2video service, e.g. https://deck2video.example.org');
  var m = /^https:\/\/([^\/?#@\s]+)(\/[^?#\s]*)?$/i.exec(s);
  if (!m) {
    if (/^http:\/\//i.test(s)) throw new Error('The service address must start with https:// (the access token is sent to it).');
    throw new Error('"' + s.slice(0, 80) + '" is not a web address: use https://host/ with no ?query or #part.');
  }
  var host = m[1].toLowerCase();
  var name = host.replace(/:\d+$/, '');
  if (!/^[a-z0-9.-]+$/.test(name) && !/^\[[0-9a-f:]+\]$/.test(name)) throw new Error('"' + host + '" is not a host name.');
  if (isPrivateHost(name)) {
    throw new Error('Apps Script runs on Google\'s servers and cannot reach ' + name + ': give the public https address of the service.');
  }
  var path = (m[2] || '').replace(/\/+$/, '');
  return 'https://' + host + path;
}

function isPrivateHost(name) {
  if (name === 'localhost' || /\.localhost$/.test(name) || /\.local$/.test(name) || name === '[::1]') return true;
  var ip = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(name);
  if (!ip) return false;
  var a = Number(ip[1]);
  var b = Number(ip[2]);
  return a === 127 || a === 10 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

/** Settings from the user's properties (the token stays on the server side of the add-on). */
function readSettings(props) {
  props = props || {};
  return { serviceUrl: props[D2V_PROPS.serviceUrl] || '', serviceToken: props[D2V_PROPS.serviceToken] || '' };
}

/** What the sidebar may see: never the token itself. */
function publicSettings(settings) {
  return { serviceUrl: settings.serviceUrl, hasToken: settings.serviceToken !== '' };
}

/**
 * The sidebar's settings form -> property changes. A blank token field keeps the saved token (the
 * sidebar never receives it, so it cannot show it); "clearToken" removes it.
 */
function settingsUpdate(form) {
  form = form || {};
  var set = {};
  var remove = [];
  set[D2V_PROPS.serviceUrl] = validateServiceUrl(form.serviceUrl);
  var token = String(form.serviceToken == null ? '' : form.serviceToken).trim();
  if (form.clearToken) remove.push(D2V_PROPS.serviceToken);
  else if (token !== '') {
    if (/\s/.test(token)) throw new Error('The service token cannot contain spaces.');
    set[D2V_PROPS.serviceToken] = token;
  }
  return { set: set, remove: remove };
}

function requireSettings(props) {
  var s = readSettings(props);
  if (!s.serviceUrl) throw new Error('Open Settings and enter the address of your deck2video service first.');
  return s;
}
