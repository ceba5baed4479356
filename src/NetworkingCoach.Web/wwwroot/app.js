// Small browser-side helpers; the app itself runs on the server.
window.networkingCoach = {
    markInteractive: () => { document.documentElement.dataset.interactive = "true"; },
};

// Saves a file the server streams to the page (used for downloads made from page state, such as skipped import rows).
window.networkingCoach.downloadStream = async (fileName, streamReference) => {
    const buffer = await streamReference.arrayBuffer();
    const url = URL.createObjectURL(new Blob([buffer], { type: "text/csv" }));
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = fileName ?? "";
    anchor.click();
    anchor.remove();
    URL.revokeObjectURL(url);
};
