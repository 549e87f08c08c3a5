/**
 * The function file named in the manifest (FunctionFile). The ribbon button only opens the task
 * pane (ShowTaskpane), so there is nothing to run here; Office still loads this page and waits for
 * Office.onReady.
 */
import { officeGlobals } from './office-api.js';

void officeGlobals().office?.onReady?.();
