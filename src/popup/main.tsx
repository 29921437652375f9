import '../ui/refuse-sockets';
import '../ui/base.css';
import './popup.css';
import { loadFirstState } from './load-state';
import { mountPopup } from './mount';

// Where Rapport's own work starts, after the browser has set the page up: npm run bench reports both.
performance.mark('rapport:popup-start');
mountPopup(loadFirstState());
