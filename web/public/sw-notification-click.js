// Imported by the generated service worker: tapping the "Rest is over" notification brings the app back
// (the open tab if there is one, else a new one at the page that asked for it).
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url ?? '/', self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((w) => w.url === url) ?? windows[0];
      return open ? open.focus() : self.clients.openWindow(url);
    }),
  );
});
