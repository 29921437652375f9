import '../shared/ui/base.css';
import './popup.css';
import { loadState } from './load-state';
import { mountPopup } from './mount';

mountPopup(loadState());
