// The projector's notebook widget (anywidget's ES module): the viewer page in an iframe whose
// document is the page shell (model "page", the bundle inlined) with the data the kernel sent
// (model "data") put in its data slot, exactly as `projector export` writes a file.

const SLOT = '<!--projector-data-->';

function render({ model, el }) {
  const frame = document.createElement('iframe');
  frame.title = 'projector';
  frame.style.width = '100%';
  frame.style.border = '1px solid #dedee3';
  frame.style.borderRadius = '4px';
  const draw = () => {
    frame.style.height = `${model.get('height')}px`;
    const tag = `<script type="application/json" id="projector-data">${model.get('data')}</script>`;
    // A function, so `$` in the data is not read as a replacement pattern.
    frame.srcdoc = model.get('page').replace(SLOT, () => tag);
  };
  draw();
  model.on('change:data', draw);
  model.on('change:height', draw);
  el.appendChild(frame);
  return () => {
    model.off('change:data', draw);
    model.off('change:height', draw);
  };
}

export default { render };
