// Preloaded (`node --require`) into the processes npm start supervises (the backend, the
// storefront server): when the start script is gone without stopping them (killed outright, e.g.
// by tsx under load), the process ends itself instead of holding its port for the next start.
const parent = process.ppid
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, "SIGTERM")
}, 1000).unref()
