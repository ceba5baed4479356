// Small browser-side helpers; the app itself runs on the server.
window.networkingCoach = window.networkingCoach || {};
