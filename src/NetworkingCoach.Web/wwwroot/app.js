// Small browser-side helpers; the app itself runs on the server.
window.networkingCoach = {
    markInteractive: () => { document.documentElement.dataset.interactive = "true"; },
    copyText: async (text) => {
        try {
            await navigator.clipboard.writeText(text);
            return true;
        } catch {
            return false;
        }
    },
};
