// The demo host page's example listener (scripts/embed-demo.ts): Role Fit's events bubble
// from each <div data-role-fit>, so one listener on the document hears every embed.
const log = document.getElementById('rolefit-log');

for (const type of ['rolefit:ready', 'rolefit:result']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    // Shown as text: never as HTML.
    item.textContent = `${type} ${JSON.stringify(event.detail)}`;
    log?.append(item);
  });
}
