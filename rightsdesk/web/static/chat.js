// Rights Desk chat: the [n] markers inside answers open their paragraph in the source panel.
// Gradio renders each answer's Markdown; this turns every "[n]" in an answer into a button and,
// when one is chosen, writes "<answer>:<n>:<nonce>" into the hidden #cite-key box, whose
// change event opens the paragraph. Nothing here talks to any server but the app's own.
(() => {
  const MARK = /\[(\d{1,3})\]/g;
  const HAS_MARK = /\[\d{1,3}\]/;
  let queued = false;

  function decorate() {
    queued = false;
    closeSidebarOnPhone();
    const answers = document.querySelectorAll('#chat [data-testid="bot"]');
    answers.forEach((answer, k) => {
      const body = answer.querySelector(".message-content") || answer;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) =>
          node.parentElement && node.parentElement.closest(".cite-marker, code, pre")
            ? NodeFilter.FILTER_REJECT
            : HAS_MARK.test(node.nodeValue)
              ? NodeFilter.FILTER_ACCEPT
              : NodeFilter.FILTER_REJECT,
      });
      const nodes = [];
      while (walker.nextNode()) nodes.push(walker.currentNode);
      for (const node of nodes) {
        const text = node.nodeValue;
        const frag = document.createDocumentFragment();
        let last = 0;
        text.replace(MARK, (whole, n, at) => {
          frag.append(text.slice(last, at));
          const button = document.createElement("button");
          button.type = "button";
          button.className = "cite-marker";
          button.dataset.answer = String(k);
          button.dataset.n = n;
          button.title = `${openSource()} ${n}`;
          button.setAttribute("aria-label", button.title);
          button.textContent = n;
          frag.append(button);
          last = at + whole.length;
          return whole;
        });
        frag.append(text.slice(last));
        node.replaceWith(frag);
      }
      answer.querySelectorAll(".cite-marker").forEach((b) => (b.dataset.answer = String(k)));
    });
  }

  // The side panel opens beside the chat on a desktop; on a phone it would cover the chat,
  // so it starts closed there (its button opens it).
  let sidebarChecked = false;
  function closeSidebarOnPhone() {
    if (sidebarChecked) return;
    const toggle = document.querySelector(".sidebar .toggle-button");
    if (!toggle) return;
    sidebarChecked = true;
    if (window.innerWidth < 769 && toggle.closest(".sidebar.open")) toggle.click();
  }

  // The markers' tooltip in the interface's language: the header carries it (ui_strings.json).
  function openSource() {
    const header = document.querySelector("header.top");
    return (header && header.dataset.openSource) || "Open source";
  }

  function schedule() {
    if (!queued) {
      queued = true;
      requestAnimationFrame(decorate);
    }
  }

  function choose(button) {
    const box = document.querySelector("#cite-key textarea, #cite-key input");
    if (!box) return;
    document.querySelectorAll(".cite-marker.active").forEach((b) => b.classList.remove("active"));
    button.classList.add("active");
    box.value = `${button.dataset.answer}:${button.dataset.n}:${Date.now()}`;
    box.dispatchEvent(new Event("input", { bubbles: true }));
  }

  document.addEventListener(
    "click",
    (event) => {
      const button = event.target.closest && event.target.closest(".cite-marker");
      if (button) {
        event.preventDefault();
        event.stopPropagation();
        choose(button);
      }
    },
    true,
  );

  // Called after the panel changes: bring the highlighted quote into view inside the panel
  // (only when it is not in view already, so a short paragraph keeps its heading). `page`:
  // a marker was chosen, so the page also goes to the quote when it is off screen (on a
  // phone the panel is below the answer); a new answer is never scrolled away.
  window.rightsdeskShowQuote = (page) => {
    setTimeout(() => {
      const panel = document.querySelector("#source-panel");
      const mark = panel && panel.querySelector("mark");
      if (!mark) return;
      const box = panel.getBoundingClientRect();
      const at = mark.getBoundingClientRect();
      if (at.top < box.top || at.bottom > box.bottom) {
        panel.scrollTop += at.top - box.top - 60;
      }
      const now = mark.getBoundingClientRect();
      if (page && (now.top < 0 || now.bottom > window.innerHeight)) {
        mark.scrollIntoView({ block: "center", behavior: "smooth" });
      }
    }, 150);
  };

  new MutationObserver(schedule).observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
})();
