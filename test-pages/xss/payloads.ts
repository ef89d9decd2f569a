// Strings an attacker might put into a case record, a URL or a label. Each one, if it ever
// ran, would set window.__kithXss. Sources: OWASP XSS filter evasion cheat sheet categories.
export const CANARY = '__kithXss';

export const XSS_PAYLOADS: string[] = [
  `<script>window.${CANARY}='script'</script>`,
  `<img src=x onerror="window.${CANARY}='img'">`,
  `"><svg onload="window.${CANARY}='svg'">`,
  `'><img src=x onerror='window.${CANARY}="attr-break"'>`,
  `javascript:window.${CANARY}='js-url'`,
  `JaVaScRiPt:window.${CANARY}='mixed-case'`,
  `  \tjavascript:window.${CANARY}='whitespace'`,
  `java\nscript:window.${CANARY}='newline'`,
  `&#106;avascript:window.${CANARY}='entity'`,
  `data:text/html,<script>parent.${CANARY}='data-url'</script>`,
  `vbscript:msgbox(1)`,
  `<math><mtext><table><mglyph><style><img src=x onerror="window.${CANARY}='mathml'">`,
  `<svg><a xlink:href="javascript:window.${CANARY}='svg-link'"><text>x</text></a></svg>`,
  `<iframe srcdoc="<script>parent.${CANARY}='srcdoc'</script>"></iframe>`,
  `\${window.${CANARY}='template-literal'}`,
  `{{constructor.constructor('window.${CANARY}="template"')()}}`,
  `</textarea><img src=x onerror="window.${CANARY}='textarea-break'">`,
  `<a href="javascript:window.${CANARY}='anchor'">click</a>`,
  `" autofocus onfocus="window.${CANARY}='onfocus'`,
  `<details open ontoggle="window.${CANARY}='toggle'">`,
];
