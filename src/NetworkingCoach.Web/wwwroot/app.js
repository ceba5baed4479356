// Small browser-side helpers; the app itself runs on the server.
window.networkingCoach = {
    markInteractive: () => { document.documentElement.dataset.interactive = "true"; },
    // The theme in use, readable by stylesheets (html[data-theme=dark]) and by people's scripts.
    showTheme: (dark) => { document.documentElement.dataset.theme = dark ? "dark" : "light"; },
    // The user's pick is kept for a year in this browser; the server reads it before the first render.
    saveTheme: (name, value) => {
        document.cookie = `${name}=${value}; path=/; max-age=31536000; samesite=lax`;
    },
    // Moves the cursor to an element (a form's first field once it is live, the first entry a list just added),
    // unless the user has already chosen a field to type in.
    focusIfIdle: (id) => {
        const active = document.activeElement;
        if (active && (active.isContentEditable || /^(input|textarea|select)$/i.test(active.tagName))) return;
        document.getElementById(id)?.focus();
    },
    openUrl: (url) => { window.location.href = url; },
    copyText: async (text) => {
        try {
            await navigator.clipboard.writeText(text);
            return true;
        } catch {
            return false;
        }
    },

    // "L" (or Alt+L anywhere) opens the quick-add touchpoint dialog, unless the user is typing or a dialog is open.
    registerQuickAdd: (dotNet) => {
        if (window.networkingCoach._quickAdd) {
            document.removeEventListener("keydown", window.networkingCoach._quickAdd);
        }
        const handler = (e) => {
            if (e.ctrlKey || e.metaKey || e.repeat) return;
            const isL = e.key === "l" || e.key === "L" || e.code === "KeyL";
            if (!isL) return;
            const target = e.target;
            const typing = target && (target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName));
            if (!e.altKey && (typing || e.shiftKey)) return;
            if (document.querySelector(".mud-dialog")) return;
            e.preventDefault();
            dotNet.invokeMethodAsync("OpenQuickAdd");
        };
        window.networkingCoach._quickAdd = handler;
        document.addEventListener("keydown", handler);
    },
};

// Puts the box's own value property behind a setter of ours (reading stays as it is); returns the box's own
// getter and setter, for writes the setter lets through.
const takeOverValue = (box, set) => {
    const own = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(box), "value");
    Object.defineProperty(box, "value", { configurable: true, get: () => own.get.call(box), set });
    return { get: () => own.get.call(box), set: (text) => own.set.call(box, text) };
};

// Text fields the page reads after a pause (PausedTextField): what the user types stays in the box. The server hears
// the box's text when typing pauses (or on leaving it, through the field's change event) and replaces it only through
// setTypedText. Any other write to the box, such as a render that raced the user's keys, is ignored.
window.networkingCoach.keepTypedText = (box, dotNet, pauseMs) => {
    if (!box || box._keptText) return;
    const own = takeOverValue(box, () => { });
    let timer;
    const tell = () => dotNet.invokeMethodAsync("TypingPausedAsync", own.get())
        .catch((error) => console.warn("The page did not take the typed text", error));
    box._keptText = {
        set: (text) => { clearTimeout(timer); own.set(text); },
        stop: () => clearTimeout(timer),
    };
    box.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(tell, pauseMs);
    });
};
window.networkingCoach.setTypedText = (box, text) => box?._keptText?.set(text);
window.networkingCoach.releaseTypedText = (box) => box?._keptText?.stop();

// Boxes whose text the server also sets (the pickers: choosing a name writes it in) are marked data-keeps-typing.
// While such a box has focus, a write that puts back a text the user has typed past (or the text it held when the
// user came to it), as a render that raced the keys would, is ignored. Any other write, such as the name just
// chosen, goes in and starts the record afresh; leaving the box ends it.
document.addEventListener("focusin", (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement || box instanceof HTMLTextAreaElement)) return;
    if (!box.hasAttribute("data-keeps-typing")) return;
    if (box._typedTexts) {
        box._typedTexts.add(box.value);
        return;
    }
    const typed = box._typedTexts = new Set([box.value]);
    const own = takeOverValue(box, (value) => {
        const text = value ?? "";
        if (text !== own.get() && typed.has(text)) return;
        typed.clear();
        own.set(value);
    });
    box.addEventListener("input", () => typed.add(own.get()));
    box.addEventListener("blur", () => typed.clear());
});

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

// Until the page is live the server cannot know the screen's width, so it renders the drawer as open; on a
// narrow screen the drawer is hidden, and the menu button must say what pressing it will do there.
(() => {
    const button = document.querySelector(".app-menu-button");
    const drawer = document.querySelector(".app-drawer");
    if (!button || !drawer || document.documentElement.dataset.interactive) return;
    const box = drawer.getBoundingClientRect();
    const open = box.width > 0 && box.right > 0 && getComputedStyle(drawer).visibility !== "hidden";
    button.setAttribute("aria-label", open ? "Hide navigation" : "Show navigation");
    button.setAttribute("aria-expanded", open ? "true" : "false");
})();

// The notice Blazor shows while the page's live connection is down (ReconnectNotice): Blazor sets its state classes;
// this wires its buttons, tries again when a phone's page comes back to the screen after giving up, and moves the
// keyboard to the buttons once there is something to press.
(() => {
    const notice = document.getElementById("components-reconnect-modal");
    if (!notice) return;
    const states = ["show", "retrying", "failed", "paused", "resume-failed", "rejected", "hide"].map(s => `components-reconnect-${s}`);
    const showState = (state) => {
        notice.classList.remove(...states);
        notice.classList.add(`components-reconnect-${state}`);
    };
    // A state the user has something to do in: the keyboard moves to its first button.
    const focusChoices = () => [...notice.querySelectorAll("button")].find(b => b.offsetParent !== null)?.focus();
    const showChoices = (state) => {
        showState(state);
        focusChoices();
    };
    const retryWhenVisible = () => {
        if (document.visibilityState === "visible") retry();
    };
    // One try: true when the page is live again, false when the server no longer has it, an error when the server
    // does not answer (then the notice stays in stillDown).
    const attempt = async (tryOnce, stillDown) => {
        try {
            if (await tryOnce()) {
                showState("hide");
            } else {
                showChoices("rejected");
            }
        } catch {
            showChoices(stillDown);
            if (stillDown === "failed") document.addEventListener("visibilitychange", retryWhenVisible);
        }
    };
    // When reconnecting finds the page gone, the state the server saved for it may still resume it.
    const retry = () => {
        document.removeEventListener("visibilitychange", retryWhenVisible);
        showState("show");
        return attempt(async () => await Blazor.reconnect() || await Blazor.resumeCircuit(), "failed");
    };
    const resume = () => attempt(() => Blazor.resumeCircuit(), "resume-failed");
    document.getElementById("reconnect-retry").addEventListener("click", retry);
    document.getElementById("reconnect-resume").addEventListener("click", resume);
    document.getElementById("reconnect-reload").addEventListener("click", () => location.reload());
    notice.addEventListener("components-reconnect-state-changed", (e) => {
        const state = e.detail?.state;
        if (state === "failed") document.addEventListener("visibilitychange", retryWhenVisible);
        if (["failed", "paused", "resume-failed", "rejected"].includes(state)) focusChoices();
    });
})();
