/** The one page: a bar with the desktop switcher, the desktop, and (in the playground) the side panel. Filled by /page/main. */
export const pageHtml = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Simulated desktop · signin-sim</title>
<link rel="stylesheet" href="/page.css">
<script type="module" src="/page/main"></script>
</head>
<body data-version="0" data-error="">
<header class="bar">
  <label class="switcher">Desktop <select aria-label="Desktop"></select></label>
  <span class="bar-note">A simulated Windows desktop. Nothing here talks to a real service.</span>
  <p class="bar-error" role="status" aria-label="Last problem" hidden></p>
</header>
<div class="layout">
  <main id="desktop" aria-label="Desktop"></main>
  <aside id="panel" aria-label="Fake world" hidden></aside>
</div>
</body>
</html>
`;
