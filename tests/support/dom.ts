import { Window } from 'happy-dom';

/**
 * A page as a browser would parse it, with scripts off: unit tests look at what the markup says.
 * Each call gets its own window, so computed styles and ids never leak between pages.
 */
export function loadPage(html: string, url = 'https://portal.test/'): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, navigator: { userAgent: 'test' } },
  });
  window.document.write(html);
  return window.document as unknown as Document;
}
