// Material's search overlay is a role="dialog" without a name; screen readers
// announce it as "dialog". Name it after the search field, whose label is
// already in the reader's language ("Search" / "Tìm kiếm").
(function () {
  // Material has no Vietnamese for the line shown while search starts.
  var INITIALIZING = { vi: "Đang khởi động tìm kiếm" };
  function nameSearchDialog() {
    var dialog = document.querySelector(".md-search[role=dialog]");
    var input = document.querySelector(".md-search__input");
    if (dialog && input && !dialog.hasAttribute("aria-label")) {
      dialog.setAttribute("aria-label", input.getAttribute("aria-label") || input.placeholder);
    }
    var meta = document.querySelector(".md-search-result__meta");
    var words = INITIALIZING[document.documentElement.lang];
    if (meta && words && meta.textContent.trim() === "Initializing search") {
      meta.textContent = words;
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", nameSearchDialog);
  } else {
    nameSearchDialog();
  }
})();
