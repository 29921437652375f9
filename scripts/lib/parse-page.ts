import { Window } from 'happy-dom';

export interface ParsedPage {
  document: Document;
  close: () => Promise<void>;
}

/**
 * Parses a saved page in Node as Rapport's extractor would see its markup: nothing fetched, nothing run,
 * no navigation. Used by the extract script, the benchmark and the tests.
 */
export function parsePage(html: string): ParsedPage {
  const window = new Window({
    url: 'https://www.linkedin.com/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  window.document.write(html);
  return { document: window.document as unknown as Document, close: () => window.happyDOM.close() };
}
