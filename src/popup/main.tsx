import '../ui/refuse-sockets';
import '../ui/base.css';
import './popup.css';
import { loadFirstState } from './load-state';
import { mountPopup } from './mount';
import { warmCommonGround } from './warm-common-ground';

// Where Rapport's own work starts, after the browser has set the page up: npm run bench reports both.
performance.mark('rapport:popup-start');
mountPopup(loadFirstState());
// While the first state is read (it comes in as a promise, after this), common ground gets its tables.
warmCommonGround();
