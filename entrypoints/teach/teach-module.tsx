import { render } from 'preact';
import { PickHighlight } from '../../components/guide/PickHighlight';
import { TeachPanel } from '../../components/guide/TeachPanel';
import { TEACH_CSS } from '../../components/guide/teach-styles';
import type { TeachModule, TeachPanelHandle } from '../guide/teach-loader';
import { startTeach, type TeachDrawing } from './teach-controller';

/**
 * The panel drawn by teach.js's own Preact into a node of the guide's shadow root (guide.js's Preact leaves that
 * node's children alone): the two scripts share the extension's isolated world and the guide's shadow root, whose
 * capture-phase guard drops every untrusted event before the panel's handlers see it.
 */
export const teachModule: TeachModule = {
  start(session, signal, onClose): TeachPanelHandle {
    let drawing: TeachDrawing = { teach: null, pickHighlight: null };
    let container: HTMLElement | null = null;
    const paint = () => {
      if (!container) return;
      render(
        <>
          <style>{TEACH_CSS}</style>
          {drawing.teach && <TeachPanel {...drawing.teach} />}
          <PickHighlight rect={drawing.pickHighlight} />
        </>,
        container,
      );
    };
    startTeach(session, signal, onClose, (next) => {
      drawing = next;
      paint();
    });
    return {
      mount(target) {
        container = target;
        paint();
        return () => {
          render(null, target);
          if (container === target) container = null;
        };
      },
    };
  },
};
