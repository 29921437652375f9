import '../ui/refuse-sockets';
import { render } from 'preact';
import '../ui/base.css';
import './options.css';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App />, root);
